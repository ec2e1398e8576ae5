/** API answers for the meetings tests: the Haskovo youth forum and its registrations. */

export function aMeeting(overrides: Record<string, unknown> = {}) {
  // the server's flags agree: an officer of the host manages it and reads its participation report
  const manage = (overrides.canManage as boolean | undefined) ?? false;
  return {
    can: { inspect: manage, manage, participation: manage },
    id: 'mt1',
    municipalityId: 'm1',
    municipalitySlug: 'haskovo',
    bodyId: 'b1',
    kind: 'public_forum',
    title: { bg: 'Публичен форум: младите хора в Хасково' },
    startsAt: '2026-12-08T08:00:00.000Z',
    endsAt: '2026-12-08T11:00:00.000Z',
    days: ['2026-12-08'],
    location: { bg: 'Хасково, Младежки дом' },
    onlineUrl: null,
    status: 'scheduled',
    capacity: 60,
    seatsLeft: 46,
    registration: { open: true, opensAt: null, closesAt: null, requireApproval: false, isOpen: true, closedReason: null },
    body: { id: 'b1', name: { bg: 'Граждански съвет по образование' }, kind: 'civic_council', visibility: 'public' },
    description: { bg: 'Какво е нужно, за да останат младите хора в Хасково.' },
    programme: [
      { day: '2026-12-08', startsAt: '2026-12-08T08:00:00.000Z', endsAt: '2026-12-08T08:30:00.000Z', title: { bg: 'Откриване' }, description: {} },
      { day: '2026-12-08', startsAt: '2026-12-08T08:30:00.000Z', endsAt: '2026-12-08T10:00:00.000Z', title: { bg: 'Дискусия по групи' }, description: {} },
    ],
    partnerMunicipalityIds: [],
    partners: [],
    counts: { registered: 14, waitlisted: 0, pending: 0, attended: 0 },
    minutes: null,
    canManage: false,
    icsUrl: 'http://localhost/api/meetings/mt1.ics',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aRegistration(overrides: Record<string, unknown> = {}) {
  return {
    id: 'r1',
    meetingId: 'mt1',
    code: 'K7M4XQ',
    status: 'registered',
    name: 'Мария Петрова',
    email: 'maria@example.org',
    userId: null,
    homeSettlement: 'Хасково',
    homeMunicipalityId: 'm1',
    country: 'BG',
    organizationId: null,
    organizationName: null,
    category: 'citizen',
    walkIn: false,
    registeredAt: '2026-11-20T09:00:00.000Z',
    decidedAt: null,
    promotedAt: null,
    cancelledAt: null,
    checkedInDays: [],
    attended: false,
    ...overrides,
  };
}
