import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, empty, fakeApi, json } from '../../../test/fetch';
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
const member = { id: 'mb1', userId: 'u9', name: 'Десислава Колева', organizationId: null, organizationName: null, role: 'member', since: '2026-11-22', until: null, term: 'current', invitation: 'accepted' };

test('an officer invites a person by e-mail address, and is told when the address is refused', async () => {
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/bodies/b1': json(body),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/organizations': json(page([])),
    'POST /api/bodies/b1/members': [
      apiError(400, 'validation_failed', 'Invalid input', [{ field: 'email', messages: ['email must be an email'] }]),
      // the same answer whether or not the address has an account: no account id, the address's first part as the name
      json({ ...member, userId: null, name: 'ngo', invitation: 'pending' }, 201),
    ],
  });
  renderApp('/officer/bodies/b1/members');
  const u = userEvent.setup();
  // the officer is told before adding that an account is invited, not enrolled
  expect(await screen.findByText(/Поканеният по имейл има права едва след като приеме/)).toBeInTheDocument();
  await u.click(await screen.findByLabelText('Покана към профил в Събор'));
  expect(screen.getByText('Получава покана по имейл (без профил — с молба да се регистрира с адреса); вижда затворения орган и протоколите му едва след като я приеме.')).toBeInTheDocument();
  const email = screen.getByLabelText('Имейл адрес');
  await u.type(email, 'nobody@example.o');
  await u.click(screen.getByRole('button', { name: 'Добавяне' }));
  expect(await screen.findAllByText('email must be an email')).not.toHaveLength(0);

  await u.clear(email);
  await u.type(email, 'ngo@arsr.sabor.example');
  await u.click(screen.getByRole('button', { name: 'Добавяне' }));
  expect(await screen.findByText('Изпратихме покана на ngo@arsr.sabor.example. Ще бъде член с права, след като я приеме.')).toBeInTheDocument();
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

test('the members are a table with column headers, and every value carries its column’s name for the phone layout', async () => {
  const chair = { ...member, id: 'mb2', name: 'Иван Петров', role: 'chair', organizationName: 'Сдружение „Младежки глас“', since: '2026-01-15', until: '2027-12-31' };
  const upcoming = { ...member, id: 'mb3', name: 'Петя Иванова', role: 'observer', since: '2027-01-10', term: 'upcoming' };
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/bodies/b1': json({ ...body, members: [chair, upcoming], memberCount: 2 }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/organizations': json(page([])),
    'GET /api/meetings': json(page([])),
  });
  const { unmount } = renderApp('/bodies/b1');
  const table = await screen.findByRole('table', { name: 'Членове' });
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  expect(headers).toEqual(['Име', 'Роля', 'Организация', 'Мандат']);
  const row = within(table).getByRole('row', { name: /Иван Петров/ });
  // the name heads the row (the card's title on a phone); each cell is labelled by its column
  expect(within(row).getByRole('rowheader')).toHaveTextContent('Иван Петров');
  expect(within(row).getAllByRole('cell').map((c) => [c.dataset.label, c.textContent])).toEqual([
    ['Роля', 'Председател'],
    ['Организация', 'Сдружение „Младежки глас“'],
    ['Мандат', '15 януари 2026 г. – 31 декември 2027 г.'],
  ]);
  expect(within(within(table).getByRole('row', { name: /Петя Иванова/ })).getAllByRole('cell').map((c) => [c.dataset.label, c.textContent])).toEqual([
    ['Роля', 'Наблюдател'],
    ['Организация', '—'],
    ['Мандат', 'от 10 януари 2027 г. предстои'],
  ]);
  unmount();

  // the officer's table adds the actions, which need no label of their own
  renderApp('/officer/bodies/b1/members');
  const officerRow = await screen.findByRole('row', { name: /Иван Петров/ });
  const cells = within(officerRow).getAllByRole('cell');
  expect(cells.map((c) => c.dataset.label)).toEqual(['Роля', 'Организация', 'Мандат', undefined]);
  expect(within(cells[3]).getByRole('button', { name: 'Промяна — Иван Петров' })).toBeInTheDocument();
});

test('the officer sees who accepted, who has not answered and who declined, and withdraws an unanswered invitation', async () => {
  const accepted = { ...member, id: 'mb2', name: 'Иван Петров', role: 'chair' };
  const pending = { ...member, id: 'mb3', name: 'Десислава Колева', invitation: 'pending' };
  const declined = { ...member, id: 'mb4', name: 'Петя Иванова', role: 'observer', invitation: 'declined' };
  const outsider = { ...member, id: 'mb5', userId: null, name: 'Мария Костова', role: 'secretary', invitation: null };
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(officer),
    'GET /api/bodies/b1': [json({ ...body, members: [accepted, pending, declined, outsider], memberCount: 3 }), json({ ...body, members: [accepted, declined, outsider], memberCount: 2 })],
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/organizations': json(page([])),
    'DELETE /api/bodies/b1/members/mb3': empty(),
  });
  renderApp('/officer/bodies/b1/members');
  const u = userEvent.setup();
  const table = await screen.findByRole('table', { name: 'Членове' });
  const name = (who: string) => within(within(table).getByRole('row', { name: new RegExp(who) })).getByRole('rowheader').textContent;
  expect(name('Иван Петров')).toBe('Иван Петров прие поканата');
  expect(name('Десислава Колева')).toBe('Десислава Колева чака отговор на поканата');
  expect(name('Петя Иванова')).toBe('Петя Иванова отказа поканата');
  expect(name('Мария Костова')).toBe('Мария Костова');
  // an invitation not answered is withdrawn, not ended; a refusal is removed from the list
  expect(screen.queryByRole('button', { name: 'Промяна — Десислава Колева' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Премахване от списъка — Петя Иванова' })).toBeInTheDocument();
  await u.click(screen.getByRole('button', { name: 'Оттегляне на поканата — Десислава Колева' }));
  await u.click(screen.getByRole('button', { name: 'Да, оттегли' }));
  expect(await screen.findByText('Поканата до Десислава Колева е оттеглена.')).toBeInTheDocument();
  expect(api.sent()).toContain('DELETE /api/bodies/b1/members/mb3');
});

test('the public roster marks a member who has not answered the invitation, and the invitee is sent to answer it', async () => {
  fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': json(aMe()),
    'GET /api/bodies/b1': json({ ...body, canManage: false, myInvitationId: 'mb3', members: [{ ...member, name: 'Иван Петров' }, { ...member, id: 'mb3', invitation: 'pending' }], memberCount: 2 }),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/meetings': json(page([])),
  });
  renderApp('/bodies/b1');
  const table = await screen.findByRole('table', { name: 'Членове' });
  expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Иван Петров', 'Десислава Колева чака отговор на поканата']);
  expect(screen.getByText(/Общината ви покани в този орган/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Отговорете на поканата' })).toHaveAttribute('href', '/invitations?body=b1');
});
