import { render, screen } from '@testing-library/react';
import { TableRegion } from './TableRegion';

/** jsdom lays nothing out: the widths a browser would measure are given here. */
function withWidths(scrollWidth: number, clientWidth: number) {
  jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
    constructor(private readonly callback: () => void) {}
    observe() {
      this.callback();
    }
    disconnect() {}
  };
}

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
});

const table = () => (
  <TableRegion caption="Членове">
    <tbody>
      <tr>
        <td>Иван Петров</td>
      </tr>
    </tbody>
  </TableRegion>
);

it('is a stop in the tab order while the table scrolls sideways, so the keyboard can scroll it', () => {
  withWidths(744, 343);
  render(table());
  expect(screen.getByRole('region', { name: 'Членове' })).toHaveAttribute('tabindex', '0');
});

it('is no extra stop when the table fits (a wide screen, or cards on a phone)', () => {
  withWidths(343, 343);
  render(table());
  expect(screen.getByRole('region', { name: 'Членове' })).not.toHaveAttribute('tabindex');
});
