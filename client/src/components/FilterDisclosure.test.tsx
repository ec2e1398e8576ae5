import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterDisclosure } from './FilterDisclosure';

/** jsdom has no screen: a phone (below 640 px) or a wide screen is given here. */
function screenWide(wide: boolean) {
  window.matchMedia = ((query: string) => ({ matches: wide, media: query, addEventListener: () => {}, removeEventListener: () => {} })) as unknown as typeof window.matchMedia;
}

afterEach(() => {
  delete (window as { matchMedia?: unknown }).matchMedia;
});

const filters = (active: boolean) => (
  <FilterDisclosure headingId="f" title="Търсене и филтри" active={active}>
    <form role="search" aria-labelledby="f">
      <label>
        Община <input />
      </label>
    </form>
  </FilterDisclosure>
);

test('on a phone the filters fold behind a button so the results come first, and open on request', async () => {
  screenWide(false);
  render(filters(false));
  const toggle = screen.getByRole('button', { name: 'Търсене и филтри' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('search')).not.toBeInTheDocument();
  await userEvent.setup().click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('search', { name: 'Търсене и филтри' })).toBeVisible();
});

test('on a phone the filters are open while one is in use', () => {
  screenWide(false);
  render(filters(true));
  expect(screen.getByRole('button', { name: 'Търсене и филтри' })).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('search')).toBeVisible();
});

test('on a wide screen the filters are shown under a plain heading', () => {
  screenWide(true);
  render(filters(false));
  expect(screen.queryByRole('button')).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Търсене и филтри' })).toBeInTheDocument();
  expect(screen.getByRole('search', { name: 'Търсене и филтри' })).toBeVisible();
});

test('inside a section the heading is an h3, and a quiet one is for screen readers only on a wide screen', () => {
  screenWide(true);
  render(
    <FilterDisclosure headingId="g" title="Подреждане и филтри" active={false} level={3} quiet>
      <form aria-labelledby="g" />
    </FilterDisclosure>,
  );
  const heading = screen.getByRole('heading', { level: 3, name: 'Подреждане и филтри' });
  expect(heading).toHaveClass('visually-hidden');
  expect(screen.getByRole('form', { name: 'Подреждане и филтри' })).toBeInTheDocument();
});
