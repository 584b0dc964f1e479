import { TextInput, type TextInputProps } from '@mantine/core';
import { useState, type FocusEvent, type KeyboardEvent } from 'react';

/** What a date field says when the browser could not read the date typed. */
export const IMPOSSIBLE_DATE =
  'That date does not exist or is not complete (check the day, month and year); it was not saved.';

/**
 * A date field (YYYY-MM-DD). An impossible or half-typed date such as 30
 * February reaches the page as an empty value, or as no change at all; here
 * it is reported through onBadInput instead of clearing the date, and the
 * field keeps showing what was typed.
 */
export function DateField({
  value,
  onChange,
  onBadInput,
  onBlur,
  onKeyUp,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: string;
  onChange: (v: string) => void;
  onBadInput: (message: string | null) => void;
}) {
  const [bad, setBad] = useState(false);
  // The browser says so in validity.badInput, but fires no change while a
  // field goes from empty to unreadable: look after each key and on leaving.
  const check = (el: HTMLInputElement) => {
    const now = !!el.validity?.badInput;
    if (now === bad) return;
    setBad(now);
    onBadInput(now ? IMPOSSIBLE_DATE : null);
  };
  return (
    <TextInput
      {...props}
      type="date"
      // While the typed date is unreadable the page's value is "", so the
      // field is left alone to show it.
      value={bad ? '' : value}
      onChange={(e) => {
        const el = e.currentTarget;
        if (el.validity?.badInput) return check(el);
        if (bad) {
          setBad(false);
          onBadInput(null);
        }
        onChange(el.value);
      }}
      onKeyUp={(e: KeyboardEvent<HTMLInputElement>) => {
        check(e.currentTarget);
        onKeyUp?.(e);
      }}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        check(e.currentTarget);
        onBlur?.(e);
      }}
    />
  );
}
