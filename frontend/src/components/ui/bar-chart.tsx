import { Group, VisuallyHidden } from '@mantine/core';
import classes from './bar-chart.module.css';

export type BarSeries = { name: string; color: string };
export type BarRow = { label: string; values: number[] };

/**
 * A round scale for values up to max: about `count` steps of 1, 2, 2.5 or 5
 * times a power of ten, starting at 0. Negative values are drawn as 0.
 */
export function niceScale(max: number, count = 4): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) {
    ticks.push(Number(v.toPrecision(12)));
    if (v >= max) break;
  }
  return ticks;
}

type Props = {
  /** What the chart shows, for people who cannot see it. */
  label: string;
  rows: BarRow[];
  series: BarSeries[];
  format: (value: number) => string;
  /** horizontal: one row of bars per item (long names); vertical: columns. */
  orientation: 'horizontal' | 'vertical';
};

/**
 * A small grouped bar chart drawn with plain elements: light to load on the
 * first screen (no charting library), crisp text, and a table of the same
 * figures for screen readers.
 */
export function BarChart({ label, rows, series, format, orientation }: Props) {
  const ticks = niceScale(Math.max(0, ...rows.flatMap((r) => r.values)));
  const top = ticks[ticks.length - 1] ?? 1;
  const share = (v: number) => `${(Math.max(0, v) / top) * 100}%`;
  return (
    <figure className={classes.figure} aria-label={label}>
      <Group gap="md" justify="flex-end" className={classes.legend} aria-hidden>
        {series.map((s) => (
          <Group key={s.name} gap={6}>
            <span className={classes.swatch} style={{ background: s.color }} />
            <span className={classes.legendLabel}>{s.name}</span>
          </Group>
        ))}
      </Group>
      {orientation === 'horizontal' ? (
        <div className={classes.horizontal} aria-hidden>
          {rows.map((r) => (
            <div key={r.label} className={classes.hrow}>
              <span className={`${classes.small} ${classes.hlabel}`} title={r.label}>
                {r.label}
              </span>
              <div className={classes.htrack}>
                {ticks.map((t) => (
                  <span key={t} className={classes.vgrid} style={{ left: share(t) }} />
                ))}
                {series.map((s, i) => (
                  <span
                    key={s.name}
                    className={classes.hbar}
                    style={{ width: share(r.values[i] ?? 0), background: s.color }}
                  />
                ))}
              </div>
            </div>
          ))}
          <div className={classes.hrow}>
            <span className={classes.hlabel} />
            <div className={classes.haxis}>
              {ticks.map((t) => (
                <span
                  key={t}
                  className={`${classes.small} ${t === top ? classes.htickLast : classes.htick}`}
                  style={{ left: share(t) }}
                >
                  {format(t)}
                </span>
              ))}
            </div>
          </div>
        </div>
      ) : (
        <div className={classes.vertical} aria-hidden>
          <div className={classes.vaxis}>
            {ticks.map((t) => (
              <span key={t} className={`${classes.small} ${classes.vtick}`} style={{ bottom: share(t) }}>
                {format(t)}
              </span>
            ))}
          </div>
          <div className={classes.vplot}>
            {ticks.map((t) => (
              <span key={t} className={classes.hgrid} style={{ bottom: share(t) }} />
            ))}
            {rows.map((r) => (
              <div key={r.label} className={classes.vgroup}>
                <div className={classes.vbars}>
                  {series.map((s, i) => (
                    <span
                      key={s.name}
                      className={classes.vbar}
                      style={{ height: share(r.values[i] ?? 0), background: s.color }}
                    />
                  ))}
                </div>
                <span className={`${classes.small} ${classes.vlabel}`}>{r.label}</span>
              </div>
            ))}
          </div>
        </div>
      )}
      <VisuallyHidden>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              {series.map((s) => (
                <th key={s.name} scope="col">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {series.map((s, i) => (
                  <td key={s.name}>{format(r.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </figure>
  );
}
