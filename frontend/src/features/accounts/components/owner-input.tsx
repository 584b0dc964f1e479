import { Autocomplete } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { People } from '../../../../wailsjs/go/app/TeamAPI';

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
  const people = useQuery({ queryKey: ['team', 'people'], queryFn: () => People(), staleTime: 30_000 });
  const names = [...new Set((people.data ?? []).filter((p) => p.status !== 'left').map((p) => p.name))];
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
