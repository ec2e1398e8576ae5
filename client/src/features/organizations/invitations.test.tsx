import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { empty, fakeApi, json } from '../../../test/fetch';
import { aMe, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const org = {
  id: 'o1',
  name: 'Алианс за регионално сътрудничество и развитие',
  kind: 'ngo',
  registrationNumber: null,
  verified: true,
  verifiedAt: '2026-01-01T00:00:00.000Z',
  createdAt: '2026-01-01T00:00:00.000Z',
  members: [{ userId: 'u1', displayName: 'Мария Петрова', role: 'representative' }],
  // as the server answers its representative
  can: { members: true, manage: true, verify: false },
};
const invitation = { id: 'i1', organizationId: 'o1', email: 'ivan@example.org', role: 'member', status: 'pending', createdAt: '2026-12-06T10:00:00.000Z', expiresAt: '2026-12-20T10:00:00.000Z' };

test('a representative invites by e-mail, is told an invitation was sent, and cancels a pending one', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/organizations/o1': json(org),
    'GET /api/organizations/o1/invitations': [json({ items: [], nextCursor: null }), json({ items: [invitation], nextCursor: null }), json({ items: [], nextCursor: null })],
    'POST /api/organizations/o1/members': json(invitation, 202),
    'DELETE /api/organizations/o1/invitations/i1': empty(),
  });
  renderApp('/organizations/o1');
  const u = userEvent.setup();
  expect(await screen.findByText('Няма чакащи покани.')).toBeInTheDocument();
  await u.type(screen.getByLabelText('Имейл адрес'), 'ivan@example.org');
  await u.click(screen.getByRole('button', { name: 'Изпращане на покана' }));
  expect(await screen.findByText('Изпратихме покана до ivan@example.org. Лицето ще стане член, след като я приеме.')).toBeInTheDocument();
  expect(await api.requests('POST /api/organizations/o1/members')[0].json()).toEqual({ email: 'ivan@example.org', role: 'member' });
  // the member list is unchanged: nobody is a member before accepting
  expect(screen.queryByText(/ivan@example.org —/)).not.toBeInTheDocument();

  await u.click(await screen.findByRole('button', { name: /Отменяне/ }));
  await u.click(screen.getByRole('button', { name: 'Да, отменете я' }));
  expect(await screen.findByText('Поканата до ivan@example.org е отменена.')).toBeInTheDocument();
  expect(api.sent()).toContain('DELETE /api/organizations/o1/invitations/i1');
});

test('the invited person accepts from the list the e-mail link leads to', async () => {
  const mine = { id: 'i1', organizationId: 'o1', organizationName: org.name, organizationVerified: true, role: 'representative', createdAt: invitation.createdAt, expiresAt: invitation.expiresAt };
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/invitations': [json({ items: [mine], nextCursor: null }), json({ items: [], nextCursor: null })],
    'GET /api/me/body-invitations': json({ items: [], nextCursor: null }),
    'POST /api/me/invitations/i1/accept': json(org),
  });
  renderApp('/invitations?organization=o1&token=abc');
  const u = userEvent.setup();
  expect(await screen.findByRole('heading', { level: 2, name: org.name })).toBeInTheDocument();
  expect(screen.getByText('като представител')).toBeInTheDocument();
  await u.click(screen.getByRole('button', { name: 'Приемане' }));
  expect(await screen.findByText(`Вече сте член на „${org.name}“.`)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Страница на организацията' })).toHaveAttribute('href', '/organizations/o1');
  expect(api.sent()).toContain('POST /api/me/invitations/i1/accept');
});

test('a link to an invitation sent to another address says so', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/invitations': json({ items: [], nextCursor: null }),
    'GET /api/me/body-invitations': json({ items: [], nextCursor: null }),
  });
  renderApp('/invitations?organization=o1&token=abc');
  expect(await screen.findByText(/Тази покана не е сред поканите до вашия адрес/)).toBeInTheDocument();
});

const bodyInvitation = {
  id: 'mb1',
  bodyId: 'b1',
  bodyName: { bg: 'Работна група за бюджета' },
  bodyKind: 'working_group',
  visibility: 'private',
  municipalityId: 'm1',
  municipalityName: { bg: 'Хасково', en: 'Haskovo' },
  municipalitySlug: 'haskovo',
  role: 'member',
  since: '2026-11-01',
  until: null,
  invitation: 'pending',
  createdAt: '2026-11-22T10:00:00.000Z',
};

test('an invitation to a municipal body, opened from the e-mail’s link, is accepted by the invitee and opens the body', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/invitations': json({ items: [], nextCursor: null }),
    'GET /api/me/body-invitations': [json({ items: [bodyInvitation], nextCursor: null }), json({ items: [], nextCursor: null })],
    'POST /api/me/body-invitations/mb1/accept': json({ ...bodyInvitation, invitation: 'accepted' }),
  });
  renderApp('/invitations?body=b1');
  const u = userEvent.setup();
  expect(await screen.findByRole('heading', { level: 1, name: 'Покани' })).toBeInTheDocument();
  expect(await screen.findByRole('heading', { level: 2, name: 'Работна група за бюджета' })).toBeInTheDocument();
  expect(screen.getByText('Работна група · Хасково')).toBeInTheDocument();
  expect(screen.getByText('Роля: Член')).toBeInTheDocument();
  expect(screen.getByText('Мандат: от 1 ноември 2026 г.')).toBeInTheDocument();
  expect(screen.getByText('Затворен орган: след като приемете, ще виждате заседанията и протоколите му.')).toBeInTheDocument();
  expect(screen.queryByText(/Тази покана не е сред чакащите ви покани/)).toBeNull();
  await u.click(screen.getByRole('button', { name: 'Приемане — Работна група за бюджета' }));
  expect(await screen.findByText('Вече сте член на „Работна група за бюджета“.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Страница на органа' })).toHaveAttribute('href', '/bodies/b1');
  expect(api.sent()).toContain('POST /api/me/body-invitations/mb1/accept');
});

test('declining an invitation to a body gives no link to it, and a spent link says so', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/me/invitations': json({ items: [], nextCursor: null }),
    'GET /api/me/body-invitations': [json({ items: [bodyInvitation], nextCursor: null }), json({ items: [], nextCursor: null })],
    'POST /api/me/body-invitations/mb1/decline': empty(),
  });
  const { unmount } = renderApp('/invitations');
  const u = userEvent.setup();
  await u.click(await screen.findByRole('button', { name: 'Отказ — Работна група за бюджета' }));
  expect(await screen.findByText('Отказахте поканата за „Работна група за бюджета“.')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: 'Страница на органа' })).toBeNull();
  expect(api.sent()).toContain('POST /api/me/body-invitations/mb1/decline');
  expect(await screen.findByText('Нямате чакащи покани.')).toBeInTheDocument();
  unmount();

  renderApp('/invitations?body=b1');
  expect(await screen.findByText(/Тази покана не е сред чакащите ви покани/)).toBeInTheDocument();
});
