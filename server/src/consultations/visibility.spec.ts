import { consultationAccess, isPubliclyVisible, type Standing } from './visibility';

describe('isPubliclyVisible', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  it.each([
    ['a draft', null, false],
    ['published earlier', new Date('2026-03-01T09:00:00Z'), true],
    ['published this very moment', now, true],
    ['scheduled for a later day', new Date('2026-03-11T00:00:00Z'), false],
  ])('%s → %s', (_name, publishedAt, expected) => {
    expect(isPubliclyVisible({ publishedAt }, now)).toBe(expected);
  });
});

describe('consultationAccess', () => {
  const now = new Date('2026-03-10T10:00:00Z');
  const draft = { publishedAt: null };
  const scheduled = { publishedAt: new Date('2026-03-11T00:00:00Z') };
  const published = { publishedAt: new Date('2026-03-01T09:00:00Z') };
  const officer: Standing = { role: 'officer', admin: false };
  const moderator: Standing = { role: 'moderator', admin: false };
  const admin: Standing = { role: null, admin: true };
  const nobody: Standing = { role: null, admin: false };

  it.each([
    // a draft: its officers only (docs/api.md: drafts only for their officers)
    ['draft', draft, officer, { visible: true, staff: true, edit: true, moderate: true }],
    ['draft', draft, moderator, { visible: false, staff: false, edit: false, moderate: false }],
    ['draft', draft, admin, { visible: false, staff: false, edit: false, moderate: false }],
    ['draft', draft, nobody, { visible: false, staff: false, edit: false, moderate: false }],
    // scheduled: the municipality's staff and admins, not yet the public
    ['scheduled', scheduled, moderator, { visible: true, staff: true, edit: false, moderate: true }],
    ['scheduled', scheduled, admin, { visible: true, staff: true, edit: true, moderate: true }],
    ['scheduled', scheduled, nobody, { visible: false, staff: false, edit: false, moderate: false }],
    // published: everyone sees it; moderators keep moderating, officers (and admins) edit
    ['published', published, officer, { visible: true, staff: true, edit: true, moderate: true }],
    ['published', published, moderator, { visible: true, staff: true, edit: false, moderate: true }],
    ['published', published, admin, { visible: true, staff: true, edit: true, moderate: true }],
    ['published', published, nobody, { visible: true, staff: false, edit: false, moderate: false }],
  ] as const)('%s, %j → %j', (_name, c, who, expected) => {
    const a = consultationAccess(c, who, now);
    expect({ visible: a.visible, staff: a.staff, edit: a.may(['officer']), moderate: a.may(['officer', 'moderator']) }).toEqual(expected);
  });
});
