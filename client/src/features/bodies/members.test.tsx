import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, fakeApi, json } from '../../../test/fetch';
import { aMe, municipalities, page, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const officer = aMe({ staff: [{ municipalityId: 'm1', municipalitySlug: 'haskovo', role: 'officer' }] });
const body = {
  id: 'b1',
  municipalityId: 'm1',
  municipalitySlug: 'haskovo',
  kind: 'working_group',
  name: { bg: 'Работна група за наредбата' },
  visibility: 'public',
  status: 'active',
  memberCount: 0,
  mandate: { bg: 'Подготвя проекта.' },
  members: [],
  pastMembers: [],
  consultations: [],
  isMember: false,
  canManage: true,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};
const member = { id: 'mb1', userId: 'u9', name: 'Десислава Колева', organizationId: null, organizationName: null, role: 'member', since: '2026-11-22', until: null, term: 'current' };

test('an officer adds a registered member by the e-mail of the account, and is told when there is none', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/bodies/b1': json(body),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/organizations': json(page([])),
    'POST /api/bodies/b1/members': [
      apiError(400, 'validation_failed', 'Invalid input', [{ field: 'email', messages: ['no account has this e-mail address'] }]),
      json(member, 201),
    ],
  });
  renderApp('/officer/bodies/b1/members');
  const u = userEvent.setup();
  await u.click(await screen.findByLabelText('Регистриран потребител'));
  const email = screen.getByLabelText('Имейл на профила');
  await u.type(email, 'nobody@example.org');
  await u.click(screen.getByRole('button', { name: 'Добавяне' }));
  expect(await screen.findAllByText('no account has this e-mail address')).not.toHaveLength(0);

  await u.clear(email);
  await u.type(email, 'ngo@arsr.sabor.example');
  await u.click(screen.getByRole('button', { name: 'Добавяне' }));
  expect(await screen.findByText('Десислава Колева е добавен(а).')).toBeInTheDocument();
  const sent = (await api.requests('POST /api/bodies/b1/members')[1].json()) as Record<string, unknown>;
  expect(sent).toMatchObject({ email: 'ngo@arsr.sabor.example', role: 'member' });
  expect(sent).not.toHaveProperty('userId');
});

test('an officer changes a member’s role and the end of the term', async () => {
  const chair = { ...member, id: 'mb2', name: 'Иван Петров', role: 'member', since: '2026-01-15', until: null };
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/bodies/b1': json({ ...body, members: [chair], memberCount: 1 }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/organizations': json(page([])),
    'PATCH /api/bodies/b1/members/mb2': json({ ...chair, role: 'chair', until: '2027-12-31' }),
  });
  renderApp('/officer/bodies/b1/members');
  const u = userEvent.setup();
  const open = await screen.findByRole('button', { name: 'Промяна — Иван Петров' });
  expect(open).toHaveAttribute('aria-expanded', 'false');
  await u.click(open);
  const panel = screen.getByRole('region', { name: 'Промяна: Иван Петров' });
  // focus goes to the form that opened
  expect(within(panel).getByRole('heading', { name: 'Промяна: Иван Петров' })).toHaveFocus();
  await u.selectOptions(within(panel).getByLabelText('Роля'), 'chair');
  const until = within(panel).getByLabelText(/Мандат до/);
  await u.type(until, '2027-12-31');
  await u.click(within(panel).getByRole('button', { name: 'Запазване' }));
  expect(await screen.findByText('Промените за Иван Петров са записани.')).toBeInTheDocument();
  expect(await api.requests('PATCH /api/bodies/b1/members/mb2')[0].json()).toEqual({ role: 'chair', since: '2026-01-15', until: '2027-12-31' });
  expect(screen.queryByRole('region', { name: 'Промяна: Иван Петров' })).toBeNull();
});
