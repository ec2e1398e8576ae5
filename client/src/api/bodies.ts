import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useSessionStatus, type SessionStatus } from './session';
import type { components } from './schema';

type Schemas = components['schemas'];

// ---------------------------------------------------------------- types

export type BodySummary = Schemas['BodySummaryDto'];
export type Body = Schemas['BodyDto'];
export type BodyKind = NonNullable<Schemas['CreateBodyDto']['kind']>;
export type BodyStatus = NonNullable<Schemas['UpdateBodyDto']['status']>;
export type BodyVisibility = NonNullable<Schemas['UpdateBodyDto']['visibility']>;
export type Member = Schemas['MemberDto'];
export type MemberRole = Schemas['AddMemberDto']['role'];
export type LinkedConsultation = Schemas['LinkedConsultationDto'];
export type CreateBodyBody = Schemas['CreateBodyDto'];
export type UpdateBodyBody = Schemas['UpdateBodyDto'];
export type AddMemberBody = Schemas['AddMemberDto'];
export type UpdateMemberBody = Schemas['UpdateMemberDto'];
export type MyBodyInvitation = Schemas['MyBodyInvitationDto'];

export const BODY_KINDS = ['working_group', 'committee', 'civic_council', 'advisory_body', 'forum'] as const satisfies readonly BodyKind[];
export const BODY_STATUSES = ['active', 'dissolved'] as const satisfies readonly BodyStatus[];
export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'member', 'observer'] as const satisfies readonly MemberRole[];

export interface BodyFilter {
  /** municipality slug or id */
  municipality?: string;
  kind?: BodyKind;
  status?: BodyStatus;
}

export const bodyKeys = {
  all: ['bodies'] as const,
  lists: () => [...bodyKeys.all, 'list'] as const,
  list: (filter: BodyFilter, viewer: SessionStatus) => [...bodyKeys.lists(), filter, viewer] as const,
  details: () => [...bodyKeys.all, 'detail'] as const,
  detail: (id: string) => [...bodyKeys.details(), id] as const,
  view: (id: string, viewer: SessionStatus) => [...bodyKeys.detail(id), viewer] as const,
  invitations: () => [...bodyKeys.all, 'invitations'] as const,
};

// ---------------------------------------------------------------- reading

/** GET /bodies?municipality=&kind=&status=, a page at a time. */
export function useBodies(filter: BodyFilter, options: { pageSize?: number; enabled?: boolean } = {}) {
  // private bodies are listed for their members and staff: wait until a stored session is restored
  const viewer = useSessionStatus();
  const known = viewer !== 'restoring';
  return useInfiniteQuery({
    queryKey: bodyKeys.list(filter, viewer),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/bodies', { params: { query: { ...filter, limit: options.pageSize ?? 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: known && (options.enabled ?? true),
  });
}

/** GET /bodies/:id — with its current and past members and linked consultations. */
export function useBody(id: string, options: { enabled?: boolean } = {}) {
  // what a body shows depends on who asks (private bodies, managing): part of the key
  const viewer = useSessionStatus();
  const known = viewer !== 'restoring';
  return useQuery({
    queryKey: bodyKeys.view(id, viewer),
    queryFn: () => unwrap(api.GET('/api/bodies/{id}', { params: { path: { id } } })),
    enabled: known && (options.enabled ?? true) && id !== '',
  });
}

// ---------------------------------------------------------------- writing (officers)

function useSavedBody() {
  const queryClient = useQueryClient();
  return (saved: Body) => {
    // only officers save: the answer is what a signed-in officer sees
    queryClient.setQueryData(bodyKeys.view(saved.id, 'signed-in'), saved);
    return queryClient.invalidateQueries({ queryKey: bodyKeys.lists() });
  };
}

/** POST /bodies (officer) — one Idempotency-Key per form, kept across retries. */
export function useCreateBody() {
  const saved = useSavedBody();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateBodyBody; idempotencyKey: string }) => unwrap(api.POST('/api/bodies', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: saved,
  });
}

/** PATCH /bodies/:id (officer) — `status: dissolved` closes the body, its history stays. */
export function useUpdateBody(id: string) {
  const saved = useSavedBody();
  return useMutation({
    mutationFn: (body: UpdateBodyBody) => unwrap(api.PATCH('/api/bodies/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

function useMembersChanged(bodyId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: bodyKeys.detail(bodyId) }), queryClient.invalidateQueries({ queryKey: bodyKeys.lists() })]);
}

/** POST /bodies/:id/members (officer) — a registered user (userId or email), invited; or a named outsider (name). */
export function useAddMember(bodyId: string) {
  const changed = useMembersChanged(bodyId);
  return useMutation({
    mutationFn: (body: AddMemberBody) => unwrap(api.POST('/api/bodies/{id}/members', { params: { path: { id: bodyId } }, body })),
    onSuccess: changed,
  });
}

/** PATCH /bodies/:id/members/:memberId (officer) — role, organisation, term. */
export function useUpdateMember(bodyId: string) {
  const changed = useMembersChanged(bodyId);
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMemberBody }) => unwrap(api.PATCH('/api/bodies/{id}/members/{memberId}', { params: { path: { id: bodyId, memberId } }, body })),
    onSuccess: changed,
  });
}

/** DELETE /bodies/:id/members/:memberId (officer) — ends the term today; the member stays in the history. */
export function useEndMemberTerm(bodyId: string) {
  const changed = useMembersChanged(bodyId);
  return useMutation({
    mutationFn: (memberId: string) => unwrap(api.DELETE('/api/bodies/{id}/members/{memberId}', { params: { path: { id: bodyId, memberId } } })),
    onSuccess: changed,
  });
}

// ---------------------------------------------------------------- the invitee

/** GET /me/body-invitations: the signed-in person's invitations to bodies waiting for an answer. */
export function useMyBodyInvitations() {
  return useQuery({ queryKey: bodyKeys.invitations(), queryFn: () => unwrap(api.GET('/api/me/body-invitations')) });
}

/** POST /me/body-invitations/:id/accept · /decline — only the invited account answers. */
export function useAnswerBodyInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ memberId, accept }: { memberId: string; accept: boolean }) => {
      if (accept) await unwrap(api.POST('/api/me/body-invitations/{memberId}/accept', { params: { path: { memberId } } }));
      else await unwrap(api.POST('/api/me/body-invitations/{memberId}/decline', { params: { path: { memberId } } }));
    },
    // accepting opens a private body and its meetings to the person
    onSuccess: () => queryClient.invalidateQueries({ queryKey: bodyKeys.all }),
  });
}
