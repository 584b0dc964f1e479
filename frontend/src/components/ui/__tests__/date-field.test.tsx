import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { DateField, IMPOSSIBLE_DATE } from '../date-field';

/** jsdom cannot type an unreadable date: the browser's verdict is set by hand. */
function setBadInput(el: HTMLElement, bad: boolean) {
  Object.defineProperty(el, 'validity', { configurable: true, value: { badInput: bad, valid: !bad } });
}

describe('DateField', () => {
  it('reports an impossible date instead of clearing the date', () => {
    const onChange = vi.fn();
    const onBadInput = vi.fn();
    renderWithProviders(
      <DateField label="Renewal date" value="2026-11-30" onChange={onChange} onBadInput={onBadInput} />,
    );
    const field = screen.getByLabelText('Renewal date');
    setBadInput(field, true);
    fireEvent.change(field, { target: { value: '' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(onBadInput).toHaveBeenLastCalledWith(IMPOSSIBLE_DATE);
  });

  it('notices an unreadable date typed into an empty field, which fires no change', () => {
    const onBadInput = vi.fn();
    renderWithProviders(<DateField label="Due" value="" onChange={vi.fn()} onBadInput={onBadInput} />);
    const field = screen.getByLabelText('Due');
    setBadInput(field, true);
    fireEvent.keyUp(field, { key: '0' });
    expect(onBadInput).toHaveBeenLastCalledWith(IMPOSSIBLE_DATE);
    setBadInput(field, false);
    fireEvent.blur(field);
    expect(onBadInput).toHaveBeenLastCalledWith(null);
  });

  it('passes a real date on, and clearing the field clears the date', () => {
    const onChange = vi.fn();
    renderWithProviders(<DateField label="Due" value="" onChange={onChange} onBadInput={vi.fn()} />);
    const field = screen.getByLabelText('Due');
    fireEvent.change(field, { target: { value: '2028-02-29' } });
    expect(onChange).toHaveBeenLastCalledWith('2028-02-29');
  });
});
