import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, noSession } from '../../../test/fetch';
import { aMe, municipalities, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render';

const transparency = { consultations: 12, withFullPeriod: 11, withReport: 9, proposals: 240, answered: 228, answerRate: 0.95, medianDaysToAnswer: 6.5 };

test('the municipality page gives its transparency figures and its open data', async () => {
  fakeApi({
    'POST /api/auth/refresh': noSession(),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/transparency': json(transparency),
  });
  renderApp('/municipalities/haskovo');
  expect(await screen.findByRole('heading', { level: 1, name: 'Хасково' })).toBeInTheDocument();
  const figures = await screen.findByRole('region', { name: 'Прозрачност в числа' });
  const value = (label: string) => within(figures).getByText(label).nextElementSibling?.textContent?.replace(/\s/g, ' ');
  expect(value('Публикувани обсъждания')).toBe('12');
  expect(value('С пълния законов срок')).toBe('11');
  expect(value('Дял на предложенията с отговор')).toBe('95%');
  expect(value('Обичайно време до отговор (медиана)')).toBe('7 дни');
  expect(screen.getByRole('link', { name: 'Обществени обсъждания на общината' })).toHaveAttribute('href', '/consultations?municipality=haskovo');
  expect(screen.getByRole('link', { name: 'Срещи и събития' })).toHaveAttribute('href', '/meetings?municipality=haskovo');
  expect(screen.getByRole('link', { name: 'Съвети и работни групи' })).toHaveAttribute('href', '/bodies?municipality=haskovo');
  expect(screen.getByRole('link', { name: 'Отворени данни: всички обсъждания (CSV)' }).getAttribute('href')).toMatch(/\/api\/open-data\/consultations\.csv\?municipality=haskovo$/);
  expect(screen.getByRole('link', { name: /Влезте, за да следвате общината/ })).toBeInTheDocument();
});

test('a signed-in person follows the municipality with one button', async () => {
  let follows: string[] = [];
  const api = fakeApi({
    'POST /api/auth/refresh': json(signedIn),
    'GET /api/me': () => json(aMe({ follows })),
    'GET /api/municipalities/haskovo': json(municipalities.haskovo),
    'GET /api/municipalities/m1/transparency': json(transparency),
    'PUT /api/municipalities/m1/follow': () => ((follows = ['m1']), json({ following: true })),
  });
  renderApp('/municipalities/haskovo');
  const button = await screen.findByRole('button', { name: 'Следване на общината' });
  expect(button).toHaveAttribute('aria-pressed', 'false');
  await userEvent.setup().click(button);
  expect(await screen.findByRole('button', { name: 'Следвате общината' })).toHaveAttribute('aria-pressed', 'true');
  expect(api.sent()).toContain('PUT /api/municipalities/m1/follow');
});
