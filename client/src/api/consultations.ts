import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { Consultation, ConsultationKind, ConsultationStatus, CreateConsultationBody, DocumentKind, UpdateConsultationBody } from './types';

const PAGE_SIZE = 20;

export interface ConsultationFilter {
  /** municipality slug or id */
  municipality?: string;
  status?: ConsultationStatus;
  kind?: ConsultationKind;
  q?: string;
}

export const consultationKeys = {
  all: ['consultations'] as const,
  lists: () => [...consultationKeys.all, 'list'] as const,
  list: (filter: ConsultationFilter) => [...consultationKeys.lists(), filter] as const,
  details: () => [...consultationKeys.all, 'detail'] as const,
  detail: (id: string) => [...consultationKeys.details(), id] as const,
  sections: (id: string) => [...consultationKeys.detail(id), 'sections'] as const,
  deadline: (id: string, publishOn: string, periodDays: number) => [...consultationKeys.detail(id), 'deadline', { publishOn, periodDays }] as const,
};

/** GET /consultations?municipality=&status=&kind=&q=, a page at a time. */
export function useConsultations(filter: ConsultationFilter, options: { pageSize?: number } = {}) {
  return useInfiniteQuery({
    queryKey: consultationKeys.list(filter),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/consultations', { params: { query: { ...filter, limit: options.pageSize ?? PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** GET /consultations/:id */
export function useConsultation(id: string) {
  return useQuery({
    queryKey: consultationKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/consultations/{id}', { params: { path: { id } } })),
  });
}

/** GET /consultations/:id/sections — the draft split into articles, with their contribution counts. */
export function useSections(id: string) {
  return useQuery({
    queryKey: consultationKeys.sections(id),
    queryFn: () => unwrap(api.GET('/api/consultations/{id}/sections', { params: { path: { id } } })),
  });
}

/**
 * GET /consultations/:id/deadline?publishOn=&periodDays= (officer) — the legal calculator, asked
 * again as the officer changes the day or the period; the last answer stays while the next loads.
 */
export function useDeadline(id: string, publishOn: string, periodDays: number, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: consultationKeys.deadline(id, publishOn, periodDays),
    queryFn: () => unwrap(api.GET('/api/consultations/{id}/deadline', { params: { path: { id }, query: { publishOn, periodDays } } })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    staleTime: 5 * 60_000,
  });
}

/** POST /consultations (officer) — a new draft. */
export function useCreateConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConsultationBody) => unwrap(api.POST('/api/consultations', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(consultationKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: consultationKeys.lists() });
    },
  });
}

function useSaved() {
  const queryClient = useQueryClient();
  return (saved: Consultation) => {
    queryClient.setQueryData(consultationKeys.detail(saved.id), saved);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: consultationKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: consultationKeys.sections(saved.id) }),
    ]);
  };
}

/** PATCH /consultations/:id (officer) — a draft freely; once published, only with a correction note (a new version). */
export function useUpdateConsultation(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (body: UpdateConsultationBody) => unwrap(api.PATCH('/api/consultations/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

/** POST /consultations/:id/publish (officer) */
export function usePublishConsultation(id: string) {
  const saved = useSaved();
  return useMutation({
    mutationFn: (publishOn: string | undefined) => unwrap(api.POST('/api/consultations/{id}/publish', { params: { path: { id } }, body: { publishOn } })),
    onSuccess: saved,
  });
}

/** POST /consultations/:id/documents (officer) — multipart `file` and `kind`. */
export function useUploadDocument(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: DocumentKind }) =>
      unwrap(
        api.POST('/api/consultations/{id}/documents', {
          params: { path: { id: consultationId } },
          // the generated type names the file part a string (OpenAPI's "binary"); the body is FormData
          body: { kind, file: '' },
          bodySerializer: () => {
            const form = new FormData();
            form.append('kind', kind);
            form.append('file', file, file.name);
            return form;
          },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consultationKeys.detail(consultationId) }),
  });
}

/** GET /documents/:id/download with the session, for documents the public cannot see yet (drafts). */
export function useDownloadDocument() {
  return useMutation({
    mutationFn: (id: string): Promise<Blob> => unwrap(api.GET('/api/documents/{id}/download', { params: { path: { id } }, parseAs: 'blob' })),
  });
}

/** GET /consultations/:id/versions — corrections of the draft, versions of the report, answers changed after it. */
export function useVersions(id: string) {
  return useQuery({
    queryKey: [...consultationKeys.detail(id), 'versions'] as const,
    queryFn: () => unwrap(api.GET('/api/consultations/{id}/versions', { params: { path: { id } } })),
  });
}
