import { rules } from './limits';

/**
 * Rules of an account plan the editor shows while the user types (before Go sees the values),
 * written once here. Each mirrors a Go function; its test uses the same cases as Go's.
 */

/** The score from which a risk is high (backend.HighRiskScore). */
export const HIGH_RISK_SCORE = rules.highRiskScore;
/** The score from which the editor shows a risk as medium (a display choice; Go has no medium). */
export const MEDIUM_RISK_SCORE = 8;

/** Likelihood × impact, 1–25 (backend.Risk.Score). */
export const riskScore = (r: { likelihood: number; impact: number }) => r.likelihood * r.impact;

/** Whether a score counts as a high risk. */
export const isHighRisk = (score: number) => score >= HIGH_RISK_SCORE;

/** The colour of a risk score's badge: red when high, yellow when medium, grey below. */
export const riskColor = (score: number) =>
  isHighRisk(score) ? 'red' : score >= MEDIUM_RISK_SCORE ? 'yellow' : 'gray';

/** How far current has moved from baseline towards target, 0–100 (backend.Objective.Progress). */
export function objectiveProgress(o: { baseline: number; target: number; current: number }): number {
  const span = o.target - o.baseline;
  if (span === 0) return o.current === o.target ? 100 : 0;
  return Math.min(100, Math.max(0, ((o.current - o.baseline) * 100) / span));
}

/** An action is overdue when open or in progress with a due date before today (as the export marks it). */
export const actionOverdue = (a: { due: string; status: string }, today: string) =>
  a.due !== '' && a.due < today && (a.status === 'open' || a.status === 'in_progress');
