/** The console's own words for security group values, as the ECS console shows them (rules: views/rule-wording.ts). */
export function groupTypeLabel(type: string): string {
  return type === 'enterprise' ? 'Advanced Security Group' : 'Basic Security Group';
}

export function innerAccessLabel(policy: string): string {
  return policy === 'Drop' ? 'Internal Isolation' : 'Intra-group Connectivity';
}
