import { words } from '@/lib/format';

/** An audit entry in plain words: "Moved: Self review → Manager review", not the stored state names. */
export function auditLine(action: string, detail: string): string {
  const said =
    action === 'moved'
      ? detail
          .split(' → ')
          .map((s) => words(s.trim()))
          .join(' → ')
      : detail;
  return said ? `${words(action)}: ${said}` : words(action);
}
