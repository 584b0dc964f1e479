import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { BarChart, niceScale } from '../bar-chart';

describe('niceScale', () => {
  it.each([
    { max: 1_480_000, want: [0, 500_000, 1_000_000, 1_500_000] },
    { max: 1_500_000, want: [0, 500_000, 1_000_000, 1_500_000] },
    { max: 1_900_000, want: [0, 500_000, 1_000_000, 1_500_000, 2_000_000] },
    { max: 7, want: [0, 2, 4, 6, 8] },
    { max: 0.3, want: [0, 0.1, 0.2, 0.3] },
    { max: 100, want: [0, 25, 50, 75, 100] },
    { max: 0, want: [0, 1] },
    { max: Number.NaN, want: [0, 1] },
  ])('rounds a scale up to $max into round steps', ({ max, want }) => {
    expect(niceScale(max)).toEqual(want);
  });

  it('always reaches the largest value', () => {
    for (const max of [1, 3, 9.99, 12_345, 987_654_321]) {
      const ticks = niceScale(max);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});

describe('BarChart', () => {
  const rows = [
    { label: 'Crestline Bank', values: [150_000, 100_000] },
    { label: 'Atlas Motors', values: [50_000, -10] },
  ];
  const series = [
    { name: 'Revenue', color: 'blue' },
    { name: 'Target', color: 'gray' },
  ];

  it('gives screen readers the figures as a table', () => {
    renderWithProviders(
      <BarChart
        label="Revenue by account"
        orientation="horizontal"
        rows={rows}
        series={series}
        format={(v) => `$${v}`}
      />,
    );
    const table = screen.getByRole('table', { name: 'Revenue by account' });
    const crestline = within(table).getByRole('row', { name: /Crestline Bank/ });
    expect(
      within(crestline)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['$150000', '$100000']);
  });

  it.each(['horizontal', 'vertical'] as const)(
    'draws each bar in proportion to the scale (%s)',
    (orientation) => {
      const { container } = renderWithProviders(
        <BarChart
          label="Revenue by account"
          orientation={orientation}
          rows={rows}
          series={series}
          format={String}
        />,
      );
      const size = orientation === 'horizontal' ? 'width' : 'height';
      const bars = [...container.querySelectorAll<HTMLElement>('[style*="background"]')].filter(
        (e) => e.style[size],
      );
      // Scale 0–150 000: 150 000 fills it, 100 000 two thirds, a negative value draws nothing.
      expect(bars.map((b) => b.style[size])).toEqual([
        '100%',
        `${(100_000 / 150_000) * 100}%`,
        `${(50_000 / 150_000) * 100}%`,
        '0%',
      ]);
    },
  );
});
