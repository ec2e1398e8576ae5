/** API answers of the forms tests. */

/** GET /forms/:id — an open, anonymous satisfaction form of Haskovo about a meeting, for invited people. */
export function aForm(overrides: Record<string, unknown> = {}) {
  // the server's flags agree: `can` says what canManage and canReadReport say
  const manage = (overrides.canManage as boolean | undefined) ?? true;
  const report = (overrides.canReadReport as boolean | undefined) ?? true;
  return {
    can: { manage, list: true, read: true, report, texts: report },
    id: 'f1',
    municipalityId: 'm1',
    municipalitySlug: 'haskovo',
    purpose: 'satisfaction',
    subject: { type: 'meeting', id: 'mt1', title: { bg: 'Среща на побратимените градове' } },
    title: { bg: 'Как мина срещата?' },
    description: { bg: 'Отнема две минути.' },
    anonymous: true,
    audience: 'invited',
    opensAt: '2026-03-01T08:00:00.000Z',
    closesAt: '2026-12-31T21:59:59.999Z',
    minGroupSize: 5,
    publishResults: false,
    status: 'open',
    publishedAt: '2026-03-01T08:00:00.000Z',
    questionCount: 3,
    responses: 0,
    pendingResponses: 0,
    canManage: true,
    canReadReport: true,
    createdAt: '2026-02-27T08:00:00.000Z',
    questions: [
      { key: 'q1', type: 'likert5', label: { bg: 'Доволни ли сте от програмата?' }, required: true, options: [], maxChoices: null },
      {
        key: 'q2',
        type: 'multiple',
        label: { bg: 'Кое ви хареса?' },
        required: true,
        options: [
          { key: 'o1', label: { bg: 'Концертът' } },
          { key: 'o2', label: { bg: 'Работилниците' } },
          { key: 'o3', label: { bg: 'Разходката' } },
        ],
        maxChoices: 2,
      },
      { key: 'q3', type: 'long_text', label: { bg: 'Какво да променим?' }, required: false, options: [], maxChoices: null },
    ],
    basedOnId: null,
    hasResponses: false,
    invitations: { invited: 40, used: 0 },
    respondent: { canAnswer: true, reason: null },
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}
