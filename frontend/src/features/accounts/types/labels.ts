/** Words for the values the store uses, in the order people expect them. */
export const tiers = [
  { value: 'strategic', label: 'Strategic' },
  { value: 'key', label: 'Key' },
  { value: 'standard', label: 'Standard' },
];
export const statuses = [
  { value: 'prospect', label: 'Prospect' },
  { value: 'active', label: 'Active' },
  { value: 'at_risk', label: 'At risk' },
  { value: 'churned', label: 'Churned' },
];
export const healths = [
  { value: 'green', label: 'Green' },
  { value: 'amber', label: 'Amber' },
  { value: 'red', label: 'Red' },
];
export const contractTypes = [
  { value: 'retainer', label: 'Retainer' },
  { value: 'project', label: 'Project' },
  { value: 'mixed', label: 'Mixed' },
];
export const healthColor: Record<string, string> = { green: 'teal', amber: 'yellow', red: 'red' };
export const planStatusColor: Record<string, string> = {
  draft: 'gray',
  in_review: 'blue',
  approved: 'teal',
  archived: 'dark',
};

export const objectiveStatuses = ['on_track', 'at_risk', 'off_track', 'achieved', 'cancelled'];
export const stages = ['identified', 'qualified', 'proposal', 'negotiation', 'won', 'lost'];
export const oppTypes = ['upsell', 'cross_sell', 'renewal', 'new'];
export const riskCategories = ['scope_creep', 'budget', 'timeline', 'retention', 'quality', 'other'];
export const riskStatuses = ['open', 'mitigated', 'closed'];
export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'];
export const roles = ['decision_maker', 'champion', 'influencer', 'user', 'blocker'];
export const sentiments = ['detractor', 'neutral', 'supporter'];
export const relationships = ['vendor', 'preferred_supplier', 'partner', 'trusted_advisor'];
