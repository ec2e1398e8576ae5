import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { consultationKeys } from './consultations';
import type { Contribution, ContributionKind, CreateContributionBody, OfflineContributionBody } from './types';

const PAGE_SIZE = 20;

export interface ContributionFilter {
  sort?: 'newest' | 'oldest' | 'supported';
  /** a section id */
  section?: string;
  kind?: ContributionKind;
  /** "none": top-level ones only; a contribution id: its replies */
  parent?: string;
}

export const contributionKeys = {
  all: ['contributions'] as const,
  lists: (consultationId: string) => [...contributionKeys.all, 'list', consultationId] as const,
  list: (consultationId: string, filter: ContributionFilter, pageSize: number) => [...contributionKeys.lists(consultationId), filter, pageSize] as const,
  detail: (id: string) => [...contributionKeys.all, 'detail', id] as const,
  duplicates: (consultationId: string) => [...contributionKeys.all, 'duplicates', consultationId] as const,
};

type Page = { items: Contribution[]; nextCursor: string | null };

/** Replaces one contribution wherever a list or a detail of it is cached. */
export function updateCachedContribution(queryClient: QueryClient, consultationId: string, id: string, change: (c: Contribution) => Contribution) {
  queryClient.setQueriesData<InfiniteData<Page>>({ queryKey: contributionKeys.lists(consultationId) }, (data) =>
    data ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((c) => (c.id === id ? change(c) : c)) })) } : data,
  );
  queryClient.setQueryData<Contribution>(contributionKeys.detail(id), (c) => (c ? change(c) : c));
}

/** After a new contribution or answer: the lists, the counts of the consultation and of its sections. */
function invalidateConsultation(queryClient: QueryClient, consultationId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: contributionKeys.lists(consultationId) }),
    queryClient.invalidateQueries({ queryKey: contributionKeys.duplicates(consultationId) }),
    queryClient.invalidateQueries({ queryKey: consultationKeys.detail(consultationId) }),
    queryClient.invalidateQueries({ queryKey: ['reports', consultationId] }),
  ]);
}

/** GET /consultations/:id/contributions?sort=&section=&kind=&parent=, a page at a time. */
export function useContributions(consultationId: string, filter: ContributionFilter, options: { pageSize?: number; enabled?: boolean } = {}) {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: contributionKeys.list(consultationId, filter, pageSize),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/consultations/{id}/contributions', { params: { path: { id: consultationId }, query: { ...filter, limit: pageSize, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

/** GET /contributions/:id */
export function useContribution(id: string | undefined) {
  return useQuery({
    queryKey: contributionKeys.detail(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/contributions/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/**
 * POST /consultations/:id/contributions — `idempotencyKey` is made once per form and sent with
 * every retry of it, so a submission repeated after a lost answer creates nothing twice.
 */
export function useCreateContribution(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateContributionBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/consultations/{id}/contributions', { params: { path: { id: consultationId } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => Promise.all([invalidateConsultation(queryClient, consultationId), queryClient.invalidateQueries({ queryKey: consultationKeys.sections(consultationId) })]),
  });
}

/** POST /consultations/:id/contributions/offline (officer) — what came by e-mail, post, the registry or in person. */
export function useRegisterOfflineContribution(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: OfflineContributionBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/consultations/{id}/contributions/offline', { params: { path: { id: consultationId } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => Promise.all([invalidateConsultation(queryClient, consultationId), queryClient.invalidateQueries({ queryKey: consultationKeys.sections(consultationId) })]),
  });
}

/** POST or DELETE /contributions/:id/support — one support per person. */
export function useSupport(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, support }: { id: string; support: boolean }) =>
      unwrap(support ? api.POST('/api/contributions/{id}/support', { params: { path: { id } } }) : api.DELETE('/api/contributions/{id}/support', { params: { path: { id } } })),
    onSuccess: (result, { id }) =>
      updateCachedContribution(queryClient, consultationId, id, (c) => ({ ...c, supportedByMe: result.supported, supportCount: result.supportCount })),
  });
}

/** POST /contributions/:id/flag — tells the moderators; once per person. */
export function useFlagContribution() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => unwrap(api.POST('/api/contributions/{id}/flag', { params: { path: { id } }, body: { reason } })),
  });
}

/** POST /contributions/:id/hide or /unhide (moderator, officer) — the text is kept, the reason recorded. */
export function useSetHidden(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, hidden, reason }: { id: string; hidden: boolean; reason: string }) =>
      unwrap(
        hidden
          ? api.POST('/api/contributions/{id}/hide', { params: { path: { id } }, body: { reason } })
          : api.POST('/api/contributions/{id}/unhide', { params: { path: { id } }, body: reason ? { reason } : {} }),
      ),
    onSuccess: (saved) => {
      updateCachedContribution(queryClient, consultationId, saved.id, () => saved);
      return queryClient.invalidateQueries({ queryKey: consultationKeys.sections(consultationId) });
    },
  });
}

/** GET /consultations/:id/duplicates (officer) — campaigns: groups of near-identical contributions. */
export function useDuplicates(consultationId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: contributionKeys.duplicates(consultationId),
    queryFn: () => unwrap(api.GET('/api/consultations/{id}/duplicates', { params: { path: { id: consultationId } } })),
    enabled: options.enabled ?? true,
  });
}

export interface Answer {
  decision: 'accepted' | 'partially_accepted' | 'not_accepted' | 'noted';
  reasoning?: string;
  /** why an answer changes after the report is out */
  changeNote?: string;
  /** the language of the reasoning; the interface's when absent */
  lang?: 'bg' | 'en' | 'mk';
}

/** PUT /contributions/:id/response (officer) */
export function useRespond(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: Answer }) => unwrap(api.PUT('/api/contributions/{id}/response', { params: { path: { id } }, body: answer })),
    onSuccess: (response) => {
      updateCachedContribution(queryClient, consultationId, response.contributionId, (c) => ({
        ...c,
        response: { decision: response.decision, reasoning: response.reasoning, lang: response.lang, version: response.version, respondedAt: response.respondedAt },
      }));
      return invalidateConsultation(queryClient, consultationId);
    },
  });
}

/** POST /consultations/:id/responses (officer) — one answer for a whole group. */
export function useRespondMany(consultationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contributionIds, answer }: { contributionIds: string[]; answer: Answer }) =>
      unwrap(api.POST('/api/consultations/{id}/responses', { params: { path: { id: consultationId } }, body: { ...answer, contributionIds } })),
    onSuccess: () => invalidateConsultation(queryClient, consultationId),
  });
}
