import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { RatingSelects, ratingOptions, ratingSelectWidth } from '../components/rating-selects';

const five = {
  min: 1,
  max: 5,
  labels: ['Below expectations', 'Partly meets expectations', 'Meets expectations', 'Exceeds', 'Outstanding'],
};

describe('rating selects (issue 21 §4: "3 Meets expect…")', () => {
  it('offers not rated, then each point with its label', () => {
    expect(ratingOptions(five).map((o) => o.label)).toEqual([
      '—',
      '1 Below expectations',
      '2 Partly meets expectations',
      '3 Meets expectations',
      '4 Exceeds',
      '5 Outstanding',
    ]);
    expect(ratingOptions({ min: 1, max: 3, labels: [] }).map((o) => o.label)).toEqual(['—', '1', '2', '3']);
  });

  it('are as wide as the longest label of the scale, up to a limit', () => {
    const rem = (w: string) => Number(/calc\(([\d.]+)rem/.exec(w)?.[1]);
    const longest = '2 Partly meets expectations'.length;
    expect(rem(ratingSelectWidth(ratingOptions(five)))).toBeCloseTo(longest * 0.48);
    expect(rem(ratingSelectWidth(ratingOptions({ min: 1, max: 2, labels: ['No', 'Yes'] })))).toBeLessThan(3);
    const long = ratingOptions({ min: 1, max: 2, labels: ['x'.repeat(200), 'y'] });
    expect(rem(ratingSelectWidth(long))).toBeLessThan(20);
  });

  it('keep a closed rating readable and disabled', async () => {
    const onChange = vi.fn();
    renderWithProviders(
      <RatingSelects
        label="Negotiation"
        options={ratingOptions(five)}
        self={3}
        manager={0}
        selfOpen
        managerOpen={false}
        onChange={onChange}
      />,
    );
    const manager = screen.getByRole('combobox', { name: 'Negotiation: manager rating' });
    expect(manager).toBeDisabled();
    expect(manager).toHaveValue('0');
    const self = screen.getByRole('combobox', { name: 'Negotiation: self rating' });
    expect(self).toBeEnabled();
    expect(self).toHaveValue('3');
    expect(self).toHaveAttribute('title', '3 Meets expectations');
    await userEvent.selectOptions(self, '4');
    expect(onChange).toHaveBeenCalledWith({ self: 4 });
  });
});
