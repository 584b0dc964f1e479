import { Autocomplete } from '@mantine/core';
import { useOwnerNames } from '../api/account-parts';

/**
 * An owner: a team member picked from the roster, or any name typed. The
 * store links a name that matches someone on the roster, so typing only
 * changes the text and clears the link.
 */
export function OwnerInput({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  value: string;
  readOnly: boolean;
  onChange: (owner: string) => void;
}) {
  const names = useOwnerNames().data ?? [];
  return (
    <Autocomplete
      size="xs"
      aria-label={label}
      readOnly={readOnly}
      data={names}
      value={value}
      onChange={onChange}
      limit={8}
    />
  );
}
