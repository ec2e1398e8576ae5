import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { consultationKeys } from './consultations';
import type { OutcomeBody } from './types';

export const reportKeys = {
  all: ['reports'] as const,
  detail: (consultationId: string) => [...reportKeys.all, consultationId] as const,
};

/** GET /consultations/:id/report — the справка; a preview for officers before it is published. */
export function useReport(consultationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportKeys.detail(consultationId),
    queryFn: () => unwrap(api.GET('/api/consultations/{id}/report', { params: { path: { id: consultationId } } })),
    enabled: options.enabled ?? true,
  });
}

/** POST /consultations/:id/report/publish (officer) — `note` is required for a corrected version. */
export function usePublishReport(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string | undefined) => unwrap(api.POST('/api/consultations/{id}/report/publish', { params: { path: { id: consultationId } }, body: note ? { note } : {} })),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(consultationId), report);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: consultationKeys.detail(consultationId) }),
        queryClient.invalidateQueries({ queryKey: consultationKeys.lists() }),
      ]);
    },
  });
}

/** POST /consultations/:id/outcome (officer) — adopted, amended or withdrawn, after the report. */
export function useRecordOutcome(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeBody) => unwrap(api.POST('/api/consultations/{id}/outcome', { params: { path: { id: consultationId } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(consultationKeys.detail(consultationId), saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: consultationKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: reportKeys.detail(consultationId) }),
      ]);
    },
  });
}

/** Open-data addresses a browser can follow directly (public once published). */
export const reportFiles = {
  pdf: (consultationId: string) => `/api/consultations/${consultationId}/report.pdf`,
  csv: (consultationId: string) => `/api/consultations/${consultationId}/report.csv`,
  contributionsCsv: (consultationId: string) => `/api/consultations/${consultationId}/contributions.csv`,
};
