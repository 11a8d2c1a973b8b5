import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OTHER_SIDE_COLOR, SIDE_PALETTE } from '../state/colours';
import { Legend } from './Legend';

afterEach(cleanup);

describe('Legend', () => {
  it('explains every symbol and lists the sides with their colours, the rest as others', () => {
    const sides = [
      { id: 'ru', name: 'Russia', color: SIDE_PALETTE[0] },
      { id: 'tr', name: 'Turkey', color: SIDE_PALETTE[1] },
      { id: 'x', name: 'X', color: OTHER_SIDE_COLOR },
      { id: 'y', name: 'Y', color: OTHER_SIDE_COLOR },
    ];
    const { container } = render(<Legend sides={sides} open={false} />);
    const lists = screen.getAllByRole('list', { hidden: true });
    expect(within(lists[0]).getAllByRole('listitem', { hidden: true })).toHaveLength(7);
    for (const words of [
      'inferred place',
      'country or region as a whole',
      'within 50 px',
      'Nothing left',
    ])
      expect(container.textContent).toContain(words);
    // The basemap's own symbols, said to be no report's.
    expect(screen.getByText('Basemap, not from the reports')).toBeTruthy();
    expect(within(lists[1]).getAllByRole('listitem', { hidden: true })).toHaveLength(3);
    expect(lists[1].textContent).toContain('GeoNames gazetteer');
    expect(
      within(lists[2])
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual(['Russia', 'Turkey', '2 other sides (fewer items)']);
    expect(container.querySelector('details')?.open).toBe(false);
  });
});
