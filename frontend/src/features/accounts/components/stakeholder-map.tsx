import { backend } from '../../../../wailsjs/go/models';
import { words } from '@/lib/format';

const roleColour: Record<string, string> = {
  decision_maker: 'var(--mantine-color-indigo-6)',
  champion: 'var(--mantine-color-teal-6)',
  influencer: 'var(--mantine-color-blue-4)',
  user: 'var(--mantine-color-gray-5)',
  blocker: 'var(--mantine-color-red-6)',
};
const x: Record<string, number> = { detractor: 0, neutral: 1, supporter: 2 };

/** Influence (up) against sentiment (right): who to win over, who to keep close. */
export function StakeholderMap({ people }: { people: backend.Stakeholder[] }) {
  const W = 420,
    H = 300,
    pad = 36;
  const cx = (s: string) => pad + ((x[s] ?? 1) + 0.5) * ((W - pad * 2) / 3);
  const cy = (inf: number) => H - pad - ((inf - 0.5) * (H - pad * 2)) / 5;
  const placed = new Map<string, number>();
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={`Stakeholder map: ${people.map((p) => `${p.name}, ${words(p.role)}, influence ${p.influence}, ${p.sentiment}`).join('; ')}`}
    >
      <rect
        x={pad}
        y={pad / 2}
        width={W - pad * 2}
        height={H - pad * 1.5}
        fill="none"
        stroke="var(--mantine-color-default-border)"
      />
      {[1, 2].map((i) => (
        <line
          key={i}
          x1={pad + (i * (W - pad * 2)) / 3}
          x2={pad + (i * (W - pad * 2)) / 3}
          y1={pad / 2}
          y2={H - pad}
          stroke="var(--mantine-color-default-border)"
          strokeDasharray="3 3"
        />
      ))}
      <line
        x1={pad}
        x2={W - pad}
        y1={cy(3)}
        y2={cy(3)}
        stroke="var(--mantine-color-default-border)"
        strokeDasharray="3 3"
      />
      {['Detractor', 'Neutral', 'Supporter'].map((l, i) => (
        <text
          key={l}
          x={pad + (i + 0.5) * ((W - pad * 2) / 3)}
          y={H - pad + 16}
          textAnchor="middle"
          fontSize="11"
          fill="var(--mantine-color-dimmed)"
        >
          {l}
        </text>
      ))}
      <text
        x={10}
        y={H / 2}
        fontSize="11"
        fill="var(--mantine-color-dimmed)"
        transform={`rotate(-90 10 ${H / 2})`}
        textAnchor="middle"
      >
        Influence
      </text>
      {people.map((p) => {
        const k = `${p.sentiment}-${p.influence}`;
        const n = placed.get(k) ?? 0;
        placed.set(k, n + 1);
        const px = cx(p.sentiment) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 26;
        const py = cy(p.influence);
        return (
          <g key={p.id}>
            <circle cx={px} cy={py} r={7 + p.influence} fill={roleColour[p.role] ?? 'gray'} opacity={0.85} />
            <text
              x={px}
              y={py - 12 - p.influence}
              textAnchor="middle"
              fontSize="10"
              fill="var(--mantine-color-text)"
            >
              {p.name.split(' ')[0]}
            </text>
          </g>
        );
      })}
      {Object.entries(roleColour).map(([role, c], i) => (
        <g key={role} transform={`translate(${pad + i * 76}, ${H - 6})`}>
          <circle r={4} cx={4} cy={-3} fill={c} />
          <text x={12} y={0} fontSize="9" fill="var(--mantine-color-dimmed)">
            {words(role)}
          </text>
        </g>
      ))}
    </svg>
  );
}
