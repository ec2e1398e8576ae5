import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, sessionFetch, unwrap } from './client';
import { ApiError } from './errors';
import { apiUrl } from './session';
import type { components } from './schema';
import type { LocalizedText } from './types';

// ---------------------------------------------------------------- types
// Named for the client from the generated schema (docs/openapi.json, written from the server's code).

type Schemas = components['schemas'];

export type FormSummary = Schemas['FormSummaryDto'];
export type Form = Schemas['FormDto'];
export type FormQuestion = Schemas['FormQuestionDto'];
export type FormOption = Schemas['FormOptionDto'];
export type FormSubject = Schemas['FormSubjectDto'];
export type FormPurpose = Form['purpose'];
export type FormAudience = Form['audience'];
export type FormStatus = Form['status'];
export type QuestionType = FormQuestion['type'];
export type SubjectType = FormSubject['type'];
export type RespondentReason = NonNullable<Form['respondent']['reason']>;
export type FormBody = Schemas['CreateFormDto'];
export type UpdateFormBody = Schemas['UpdateFormDto'];
export type InvitationBody = Schemas['InviteDto'];
export type InvitationResult = Schemas['InvitationResultDto'];
export type ResponseBody = Schemas['SubmitResponseDto'];
export type AnswerValue = ResponseBody['answers'][string];
export type ResponseReceived = Schemas['ResponseReceivedDto'];
export type ReportCell = Schemas['ReportCellDto'];
export type QuestionReport = Schemas['QuestionReportDto'];
export type FormReport = Schemas['FormReportDto'];
export type SatisfactionReport = Schemas['SatisfactionReportDto'];
export type SatisfactionItem = Schemas['SatisfactionItemDto'];
export type SatisfactionFigures = Omit<Schemas['SatisfactionActivityDto'], 'activity'>;
export type Activity = Schemas['ActivityDto'];

export const FORM_PURPOSES = ['satisfaction', 'feedback', 'needs_assessment', 'other'] as const satisfies readonly FormPurpose[];
export const FORM_AUDIENCES = ['public', 'registered', 'invited'] as const satisfies readonly FormAudience[];
export const QUESTION_TYPES = ['likert5', 'rating10', 'nps', 'single', 'multiple', 'short_text', 'long_text'] as const satisfies readonly QuestionType[];
export const SUBJECT_TYPES = ['consultation', 'meeting', 'body'] as const satisfies readonly SubjectType[];

/** Text shown to people: per language, or (older records, free input) one string. */
export type Text = LocalizedText | string;

export interface Period {
  from?: string;
  to?: string;
}

// ---------------------------------------------------------------- files

/** Fetches a file of the API with the session (officer and partner files are not public). */
export async function fetchFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await sessionFetch(new Request(apiUrl(path), { credentials: 'include' }));
  } catch (cause) {
    throw ApiError.network(cause);
  }
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw ApiError.fromBody(response.status, body);
  }
  return response.blob();
}

// ---------------------------------------------------------------- hooks

export const formKeys = {
  all: ['forms'] as const,
  lists: () => [...formKeys.all, 'list'] as const,
  list: (municipalityId: string) => [...formKeys.lists(), municipalityId] as const,
  details: () => [...formKeys.all, 'detail'] as const,
  detail: (id: string, token?: string) => [...formKeys.details(), id, token ?? ''] as const,
  reports: () => [...formKeys.all, 'report'] as const,
  report: (id: string, period: Period) => [...formKeys.reports(), id, period] as const,
  satisfaction: (municipalityId: string, period: Period) => [...formKeys.all, 'satisfaction', municipalityId, period] as const,
  subjects: (type: SubjectType, municipalityId: string) => [...formKeys.all, 'subjects', type, municipalityId] as const,
  registrations: (meetingId: string) => [...formKeys.all, 'registrations', meetingId] as const,
  partnerships: (organizationIds: string[]) => [...formKeys.all, 'partnerships', organizationIds] as const,
};

/** GET /forms?municipalityId= (officers; partner NGOs) — the forms of a municipality with status and response counts. */
export function useForms(municipalityId: string | undefined) {
  return useQuery({
    queryKey: formKeys.list(municipalityId ?? ''),
    queryFn: async () => (await unwrap(api.GET('/api/forms', { params: { query: { municipalityId, limit: 100 } } }))).items,
    enabled: Boolean(municipalityId),
  });
}

/** GET /forms/:id — the form as the caller may see it (a respondent with an invitation sends its token). */
export function useForm(id: string, options: { token?: string; enabled?: boolean } = {}) {
  return useQuery({
    queryKey: formKeys.detail(id, options.token),
    queryFn: () => unwrap(api.GET('/api/forms/{id}', { params: { path: { id }, query: { token: options.token } } })),
    enabled: (options.enabled ?? true) && id !== '',
  });
}

function useSavedForm() {
  const queryClient = useQueryClient();
  return (saved: Form) => {
    queryClient.setQueryData(formKeys.detail(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: formKeys.lists() });
  };
}

/** POST /forms (officer) — a new draft. */
export function useCreateForm() {
  const saved = useSavedForm();
  return useMutation({ mutationFn: (body: FormBody) => unwrap(api.POST('/api/forms', { body })), onSuccess: saved });
}

/** PATCH /forms/:id (officer) — questions only while no response exists. */
export function useUpdateForm(id: string) {
  const saved = useSavedForm();
  return useMutation({ mutationFn: (body: UpdateFormBody) => unwrap(api.PATCH('/api/forms/{id}', { params: { path: { id } }, body })), onSuccess: saved });
}

/** POST /forms/:id/publish (officer) */
export function usePublishForm(id: string) {
  const saved = useSavedForm();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/forms/{id}/publish', { params: { path: { id } } })), onSuccess: saved });
}

/** POST /forms/:id/versions (officer) — a new draft with the same settings and questions, to change questions once responses exist. */
export function useNewVersion(id: string) {
  const saved = useSavedForm();
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/forms/{id}/versions', { params: { path: { id } } })), onSuccess: saved });
}

/** POST /forms/:id/invitations (officer) — single-use links by e-mail; answers `{sent, skipped}`. */
export function useInvite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationBody): Promise<InvitationResult> => unwrap(api.POST('/api/forms/{id}/invitations', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.detail(id) }),
  });
}

/** POST /forms/:id/reminders (officer) — to every invitation not used yet; answers `{sent}`. */
export function useSendReminders(id: string) {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/forms/{id}/reminders', { params: { path: { id } } })) });
}

/** POST /forms/:id/responses — one response per invitation or per account. */
export function useSubmitResponse(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResponseBody): Promise<ResponseReceived> => unwrap(api.POST('/api/forms/{id}/responses', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formKeys.reports() }),
  });
}

/** GET /forms/:id/report?from=&to= — aggregates with small cells suppressed. */
export function useFormReport(id: string, period: Period = {}) {
  return useQuery({
    queryKey: formKeys.report(id, period),
    queryFn: (): Promise<FormReport> => unwrap(api.GET('/api/forms/{id}/report', { params: { path: { id }, query: { from: period.from, to: period.to } } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /reports/satisfaction?municipalityId=&from=&to= (officers, partner NGOs) */
export function useSatisfaction(municipalityId: string, period: Period = {}) {
  return useQuery({
    queryKey: formKeys.satisfaction(municipalityId, period),
    queryFn: (): Promise<SatisfactionReport> => unwrap(api.GET('/api/reports/satisfaction', { params: { query: { municipalityId, from: period.from, to: period.to } } })),
    placeholderData: keepPreviousData,
  });
}

/** Addresses of the files of a form's report; the browser may follow them, or the client fetch them with the session. */
export const formFiles = {
  reportCsv: (id: string, period: Period = {}) => withPeriod(`/api/forms/${id}/report.csv`, period),
  reportPdf: (id: string, period: Period = {}) => withPeriod(`/api/forms/${id}/report.pdf`, period),
  responsesCsv: (id: string) => `/api/forms/${id}/responses.csv`,
};

function withPeriod(path: string, period: Period): string {
  const query = new URLSearchParams(Object.entries(period).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

// ---------------------------------------------------------------- what a form can be about, and who to invite

export interface SubjectChoice {
  id: string;
  title: Text;
  /** a start date for meetings, to tell them apart */
  when?: string;
}

/** The consultations, meetings or bodies of a municipality, for the form's subject select. */
export function useSubjectChoices(type: SubjectType | '', municipalityId: string) {
  return useQuery({
    queryKey: formKeys.subjects((type || 'consultation') as SubjectType, municipalityId),
    enabled: type !== '' && municipalityId !== '',
    queryFn: async (): Promise<SubjectChoice[]> => {
      if (type === 'meeting') {
        const page = await unwrap(api.GET('/api/meetings', { params: { query: { municipality: municipalityId, limit: 100, order: 'desc' } } }));
        return page.items.map((m) => ({ id: m.id, title: m.title, when: m.startsAt }));
      }
      if (type === 'body') {
        const page = await unwrap(api.GET('/api/bodies', { params: { query: { municipality: municipalityId, limit: 100 } } }));
        return page.items.map((b) => ({ id: b.id, title: b.name }));
      }
      const page = await unwrap(api.GET('/api/consultations', { params: { query: { municipality: municipalityId, limit: 100 } } }));
      return page.items.map((c) => ({ id: c.id, title: c.title }));
    },
    staleTime: 60_000,
  });
}

/** GET /meetings/:id/registrations (officer) — for inviting chosen participants. */
export function useMeetingRegistrations(meetingId: string) {
  return useQuery({
    queryKey: formKeys.registrations(meetingId),
    enabled: meetingId !== '',
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/registrations', { params: { path: { id: meetingId }, query: { limit: 100 } } })),
  });
}

/**
 * The municipalities my organisations are partners of: every municipality's (public) partner
 * list, checked for my organisations. There are few municipalities, and the answer is cached.
 */
export function usePartnerMunicipalities(organizationIds: string[]) {
  const municipalities = useQuery({
    queryKey: [...formKeys.partnerships(organizationIds), 'municipalities'],
    enabled: organizationIds.length > 0,
    queryFn: () => unwrap(api.GET('/api/municipalities', { params: { query: { limit: 100 } } })),
    staleTime: 5 * 60_000,
  });
  const list = municipalities.data?.items ?? [];
  const partners = useQueries({
    queries: list.map((m) => ({
      queryKey: ['municipalities', m.id, 'partners'],
      queryFn: () => unwrap(api.GET('/api/municipalities/{id}/partners', { params: { path: { id: m.id } } })),
      staleTime: 5 * 60_000,
    })),
  });
  const pending = municipalities.isPending || partners.some((p) => p.isPending);
  const error = municipalities.error ?? partners.find((p) => p.error)?.error ?? null;
  const mine = list.filter((_m, index) => partners[index]?.data?.items.some((p) => organizationIds.includes(p.organizationId)));
  return { municipalities: mine, pending: organizationIds.length > 0 && pending, error };
}
