import classes from './plain.module.css';

/** A light badge drawn as one element (looks like Mantine's Badge, variant light, size sm). */
export function PlainBadge({ color, children }: { color: string; children: React.ReactNode }) {
  return (
    <span
      className={classes.badge}
      style={{
        background: `var(--mantine-color-${color}-light)`,
        color: `var(--mantine-color-${color}-light-color)`,
      }}
    >
      {children}
    </span>
  );
}
