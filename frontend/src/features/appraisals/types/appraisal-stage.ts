/**
 * Which ratings an appraisal's stage opens, as the workspace enforces it
 * (backend.CheckStageEdits): a draft is being set up, so everything is open;
 * during self review the manager's ratings and comments wait; once the self
 * review is sent on, the person's own ratings are theirs as sent; finalized
 * and acknowledged appraisals are locked whole.
 */
export interface StageOpen {
  self: boolean;
  manager: boolean;
  /** One plain line saying why some ratings cannot be changed now ("" when all are open or all locked). */
  why: string;
}

export const isLocked = (status: string) => status === 'finalized' || status === 'acknowledged';

export function stageOpen(status: string): StageOpen {
  if (isLocked(status)) return { self: false, manager: false, why: '' };
  if (status === 'self_review')
    return { self: true, manager: false, why: 'Manager ratings open at manager review.' };
  if (status === 'manager_review' || status === 'calibration')
    return {
      self: false,
      manager: true,
      why: 'The self review was sent on: move it back to self review to change self ratings.',
    };
  return { self: true, manager: true, why: '' };
}
