import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client';
import { useSessionStatus, type SessionStatus } from './session';
import type { components } from './schema';

type Schemas = components['schemas'];

// ---------------------------------------------------------------- types

export type MeetingSummary = Schemas['MeetingSummaryDto'];
export type Meeting = Schemas['MeetingDto'];
export type MeetingKind = NonNullable<Schemas['CreateMeetingDto']['kind']>;
export type MeetingStatus = NonNullable<Schemas['UpdateMeetingDto']['status']>;
export type ProgrammeItem = Schemas['ProgrammeItemViewDto'];
export type ProgrammeItemInput = Schemas['ProgrammeItemDto'];
export type RegistrationState = Schemas['RegistrationStateDto'];
export type ClosedReason = NonNullable<RegistrationState['closedReason']>;
export type CreateMeetingBody = Schemas['CreateMeetingDto'];
export type UpdateMeetingBody = Schemas['UpdateMeetingDto'];

export type RegisterBody = Schemas['CreateRegistrationDto'];
export type RegistrationCreated = Schemas['RegistrationCreatedDto'];
export type Registration = Schemas['RegistrationDto'];
export type RegistrationStatus = NonNullable<Registration['status']>;
export type Category = RegisterBody['category'];
export type MyRegistration = Schemas['MyRegistrationDto'];
export type CheckInResult = Schemas['CheckInResultDto'];

export type Minutes = Schemas['MinutesDto'];
export type MinutesVersion = Schemas['MinutesVersionDto'];
export type MinutesDecision = Schemas['DecisionViewDto'];
export type SaveMinutesBody = Schemas['SaveMinutesDto'];
export type Participation = Schemas['ParticipationDto'];

/** A partner municipality of a meeting (also across the border). */
export type MeetingPartner = Schemas['PartnerMunicipalityDto'];

export function partnersOf(meeting: Meeting): MeetingPartner[] {
  return meeting.partners;
}

export const MEETING_KINDS = ['body_meeting', 'public_forum', 'hearing', 'partnership_event', 'workshop'] as const satisfies readonly MeetingKind[];
export const CATEGORIES = ['citizen', 'ngo', 'public_authority', 'business', 'academic', 'media', 'other'] as const satisfies readonly Category[];
export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'pending', 'rejected', 'cancelled'] as const satisfies readonly RegistrationStatus[];

export interface MeetingFilter {
  /** municipality slug or id: the host */
  municipality?: string;
  body?: string;
  kind?: MeetingKind;
  /** YYYY-MM-DD, in the meetings' own time zone */
  from?: string;
  to?: string;
  order?: 'asc' | 'desc';
}

export interface RegistrationFilter {
  status?: RegistrationStatus;
  q?: string;
}

/**
 * What the server answers depends on who asks (officers see more; private bodies' meetings only
 * their members): wait until a stored session is restored before asking.
 */
function useViewer(): { viewer: Viewer; known: boolean } {
  const viewer = useSessionStatus();
  return { viewer, known: viewer !== 'restoring' };
}

/** Who is asking, part of every key whose answer depends on it. */
type Viewer = SessionStatus;

export const meetingKeys = {
  all: ['meetings'] as const,
  lists: () => [...meetingKeys.all, 'list'] as const,
  list: (filter: MeetingFilter, viewer: Viewer) => [...meetingKeys.lists(), filter, viewer] as const,
  details: () => [...meetingKeys.all, 'detail'] as const,
  detail: (id: string) => [...meetingKeys.details(), id] as const,
  views: (id: string) => [...meetingKeys.detail(id), 'view'] as const,
  view: (id: string, viewer: Viewer) => [...meetingKeys.views(id), viewer] as const,
  registrations: (id: string) => [...meetingKeys.detail(id), 'registrations'] as const,
  registrationList: (id: string, filter: RegistrationFilter) => [...meetingKeys.registrations(id), filter] as const,
  allMinutes: (id: string) => [...meetingKeys.detail(id), 'minutes'] as const,
  minutes: (id: string, version: number | undefined, viewer: Viewer) => [...meetingKeys.allMinutes(id), version ?? 'latest', viewer] as const,
  participation: (id: string, viewer: Viewer) => [...meetingKeys.detail(id), 'participation', viewer] as const,
  mine: () => [...meetingKeys.all, 'mine'] as const,
};

// ---------------------------------------------------------------- meetings

/** GET /meetings?municipality=&body=&kind=&from=&to=&order=, a page at a time. */
export function useMeetings(filter: MeetingFilter, options: { pageSize?: number; enabled?: boolean } = {}) {
  const { viewer, known } = useViewer();
  return useInfiniteQuery({
    queryKey: meetingKeys.list(filter, viewer),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/meetings', { params: { query: { ...filter, limit: options.pageSize ?? 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    enabled: known && (options.enabled ?? true),
  });
}

/** GET /meetings/:id */
export function useMeeting(id: string) {
  const { viewer, known } = useViewer();
  return useQuery({
    queryKey: meetingKeys.view(id, viewer),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}', { params: { path: { id } } })),
    enabled: known && id !== '',
  });
}

function useSavedMeeting() {
  const queryClient = useQueryClient();
  return (saved: Meeting) => {
    // only officers save: the answer is what a signed-in officer sees
    queryClient.setQueryData(meetingKeys.view(saved.id, 'signed-in'), saved);
    return Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }), queryClient.invalidateQueries({ queryKey: meetingKeys.registrations(saved.id) })]);
  };
}

/** POST /meetings (officer) */
export function useCreateMeeting() {
  const saved = useSavedMeeting();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: CreateMeetingBody; idempotencyKey: string }) => unwrap(api.POST('/api/meetings', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: saved,
  });
}

/** PATCH /meetings/:id (officer) — a larger capacity moves people up from the waiting list. */
export function useUpdateMeeting(id: string) {
  const saved = useSavedMeeting();
  return useMutation({
    mutationFn: (body: UpdateMeetingBody) => unwrap(api.PATCH('/api/meetings/{id}', { params: { path: { id } }, body })),
    onSuccess: saved,
  });
}

// ---------------------------------------------------------------- registrations

/** POST /meetings/:id/registrations — anyone; officers at the door with `walkIn: true`. */
export function useRegister(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/meetings/{id}/registrations', { params: { path: { id: meetingId } }, body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.mine() }),
      ]),
  });
}

/** GET /me/registrations — the caller's registrations, latest meetings first. */
export function useMyRegistrations() {
  return useQuery({
    queryKey: meetingKeys.mine(),
    queryFn: () => unwrap(api.GET('/api/me/registrations')),
  });
}

/** POST /registrations/:id/cancel — the signed-in registrant, or an officer. */
export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (registrationId: string) => unwrap(api.POST('/api/registrations/{id}/cancel', { params: { path: { id: registrationId } } })),
    onSuccess: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.mine() }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.detail(result.meetingId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.lists() }),
      ]),
  });
}

/** POST /registrations/cancel — with the token from the link in the confirmation e-mail. */
export function useCancelByToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/registrations/cancel', { body: { token } })),
    onSuccess: (result) => queryClient.invalidateQueries({ queryKey: meetingKeys.detail(result.meetingId) }),
  });
}

/** GET /meetings/:id/registrations (officer), in order of registering, a page at a time. */
export function useRegistrations(meetingId: string, filter: RegistrationFilter) {
  return useInfiniteQuery({
    queryKey: meetingKeys.registrationList(meetingId, filter),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/meetings/{id}/registrations', { params: { path: { id: meetingId }, query: { ...filter, limit: 100, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

function useRegistrationsChanged(meetingId: string) {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: meetingKeys.registrations(meetingId) }), queryClient.invalidateQueries({ queryKey: meetingKeys.views(meetingId) })]);
}

/** POST /meetings/:id/registrations/:rid/approve|reject (officer) — approve also moves someone up from the waiting list. */
export function useDecideRegistration(meetingId: string) {
  const changed = useRegistrationsChanged(meetingId);
  return useMutation({
    mutationFn: ({ registrationId, decision }: { registrationId: string; decision: 'approve' | 'reject' }) =>
      decision === 'approve'
        ? unwrap(api.POST('/api/meetings/{id}/registrations/{registrationId}/approve', { params: { path: { id: meetingId, registrationId } } }))
        : unwrap(api.POST('/api/meetings/{id}/registrations/{registrationId}/reject', { params: { path: { id: meetingId, registrationId } } })),
    onSuccess: changed,
  });
}

/** POST /registrations/:id/cancel by an officer, from the registrations list. */
export function useOfficerCancel(meetingId: string) {
  const changed = useRegistrationsChanged(meetingId);
  return useMutation({
    mutationFn: (registrationId: string) => unwrap(api.POST('/api/registrations/{id}/cancel', { params: { path: { id: registrationId } } })),
    onSuccess: changed,
  });
}

/** POST /meetings/:id/check-in (officer) — unknown code → 404, twice the same day → 409 already_checked_in. */
export function useCheckIn(meetingId: string) {
  const changed = useRegistrationsChanged(meetingId);
  return useMutation({
    mutationFn: (body: { code: string; day?: string }) => unwrap(api.POST('/api/meetings/{id}/check-in', { params: { path: { id: meetingId } }, body })),
    onSuccess: changed,
  });
}

/** POST /meetings/:id/registrations with walkIn (officer) — registers and checks in at once. */
export function useWalkIn(meetingId: string) {
  const changed = useRegistrationsChanged(meetingId);
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterBody; idempotencyKey: string }) =>
      unwrap(api.POST('/api/meetings/{id}/registrations', { params: { path: { id: meetingId } }, body: { ...body, walkIn: true }, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: changed,
  });
}

// ---------------------------------------------------------------- minutes and participation

/** GET /meetings/:id/minutes — the published version (the latest by default); officers also get the draft. */
export function useMinutes(meetingId: string, version?: number, options: { enabled?: boolean } = {}) {
  const { viewer, known } = useViewer();
  return useQuery({
    queryKey: meetingKeys.minutes(meetingId, version, viewer),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/minutes', { params: { path: { id: meetingId }, query: version ? { version } : {} } })),
    enabled: known && (options.enabled ?? true),
  });
}

function useMinutesChanged(meetingId: string) {
  const queryClient = useQueryClient();
  return (saved: Minutes) => {
    queryClient.setQueryData(meetingKeys.minutes(meetingId, undefined, 'signed-in'), saved);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: meetingKeys.views(meetingId) }),
      queryClient.invalidateQueries({ queryKey: [...meetingKeys.detail(meetingId), 'participation'] }),
      queryClient.invalidateQueries({ queryKey: meetingKeys.allMinutes(meetingId), predicate: (q) => q.queryKey.at(-2) !== 'latest' || q.queryKey.at(-1) !== 'signed-in' }),
    ]);
  };
}

/** PUT /meetings/:id/minutes (officer) — saves the draft. */
export function useSaveMinutes(meetingId: string) {
  const changed = useMinutesChanged(meetingId);
  return useMutation({
    mutationFn: (body: SaveMinutesBody) => unwrap(api.PUT('/api/meetings/{id}/minutes', { params: { path: { id: meetingId } }, body })),
    onSuccess: changed,
  });
}

/** POST /meetings/:id/minutes/publish (officer) — an immutable version; a later one needs a note. */
export function usePublishMinutes(meetingId: string) {
  const changed = useMinutesChanged(meetingId);
  return useMutation({
    mutationFn: (note: string | undefined) => unwrap(api.POST('/api/meetings/{id}/minutes/publish', { params: { path: { id: meetingId } }, body: note ? { note } : {} })),
    onSuccess: changed,
  });
}

/** GET /meetings/:id/participation — officers and partner NGOs at once, everyone after the minutes. */
export function useParticipation(meetingId: string) {
  const { viewer, known } = useViewer();
  return useQuery({
    queryKey: meetingKeys.participation(meetingId, viewer),
    queryFn: () => unwrap(api.GET('/api/meetings/{id}/participation', { params: { path: { id: meetingId } } })),
    enabled: known,
  });
}

/** GET with the session, for files the public cannot fetch by a plain link yet. */
export function useDownloadMeetingFile() {
  return useMutation({
    mutationFn: ({ meetingId, file }: { meetingId: string; file: 'participation.csv' | 'participation.pdf' | 'registrations.csv' }): Promise<Blob> => {
      const path = { path: { id: meetingId } };
      if (file === 'participation.csv') return unwrap(api.GET('/api/meetings/{id}/participation.csv', { params: path, parseAs: 'blob' }));
      if (file === 'participation.pdf') return unwrap(api.GET('/api/meetings/{id}/participation.pdf', { params: path, parseAs: 'blob' }));
      return unwrap(api.GET('/api/meetings/{id}/registrations.csv', { params: path, parseAs: 'blob' }));
    },
  });
}

/** Addresses a browser can follow directly (public meetings; public reports). */
export const meetingFiles = {
  ics: (meetingId: string, lang?: string) => `/api/meetings/${meetingId}.ics${lang ? `?lang=${lang}` : ''}`,
  participationCsv: (meetingId: string) => `/api/meetings/${meetingId}/participation.csv`,
  participationPdf: (meetingId: string) => `/api/meetings/${meetingId}/participation.pdf`,
  feed: (filter: { municipality?: string; body?: string }, lang?: string) => {
    const q = new URLSearchParams(Object.entries({ ...filter, lang }).filter((e): e is [string, string] => Boolean(e[1])));
    return `/api/feeds/meetings.ics${q.size ? `?${q}` : ''}`;
  },
};
