/** The console's own words for security group values, as the ECS console shows them (rules: views/rule-wording.ts). */
export function groupTypeLabel(type: string): string {
  return type === 'enterprise' ? 'Advanced Security Group' : 'Basic Security Group';
}

export function innerAccessLabel(policy: string): string {
  return policy === 'Drop' ? 'Internal Isolation' : 'Intra-group Connectivity';
}

/** Tencent's projects: seed 002's "Default project" is ProjectId 0, the only one this console offers. */
export const DEFAULT_PROJECT_ID = '0';

export function projectLabel(projectId: string): string {
  return projectId === DEFAULT_PROJECT_ID ? 'Default project' : `Project ${projectId}`;
}
