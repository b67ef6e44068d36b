import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { ApiError } from '../../../../components/api-error.tsx';
import { ResourceTable, type Column } from '../../../../components/resource-table.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { permissionColumns } from '../../../../components/rule-columns.tsx';
import { RuleProblem } from '../rule-problem.tsx';
import { groupTypeLabel } from '../wording.ts';

type Plan = ResponseOf<'DescribeCloneSecurityGroupPlan'>;
type Copied = Plan['Copied'][number];
type LeftBehind = Plan['LeftBehind'][number];

interface ClonePlanProps {
  plan: Plan | undefined;
  isPending: boolean;
  /** The plan's failure when no field shows it. */
  error: unknown;
  /** The plan failed on a field, which shows the reason. */
  isBlocked: boolean;
}

const noteColumn: Column<Copied> = {
  key: 'note',
  header: 'Note',
  render: (c) => (c.PriorityLowered ? 'Priority set to 100' : ''),
};

const reasonColumn: Column<LeftBehind> = {
  key: 'reason',
  header: 'Reason',
  render: (l) => <RuleProblem code={l.Code} message={l.Reason} />,
};

const rulesText = (count: number) => `${count} ${count === 1 ? 'rule' : 'rules'}`;

/** DescribeCloneSecurityGroupPlan before OK: the new group's type and tags, the rules copied and those left behind. */
export function ClonePlan({ plan, isPending, error, isBlocked }: ClonePlanProps) {
  const view = useRuleView();
  if (isBlocked) return <Text size="sm">Correct the marked field to see what will be copied.</Text>;
  if (error) return <ApiError error={error} title="The security group cannot be cloned with these settings" />;
  if (isPending || !plan) {
    return (
      <Center py="md">
        <Loader size="sm" aria-label="Checking what will be copied" />
      </Center>
    );
  }
  const inbound = plan.Copied.filter((c) => c.Permission.Direction === 'ingress').length;
  const tags = plan.Tags.map((t) => `${t.TagKey}:${t.TagValue}`).join(', ');
  return (
    <Stack gap="xs" role="region" aria-label="What will be copied">
      <Text size="sm">
        A new {groupTypeLabel(plan.SecurityGroupType)}{' '}
        {plan.Copied.length === 0
          ? 'without rules'
          : `with ${rulesText(plan.Copied.length)} (${inbound} inbound, ${plan.Copied.length - inbound} outbound)`}
        . Tags: {tags || 'none'}.
      </Text>
      {plan.Copied.length > 0 && (
        <ResourceTable
          label="Rules to copy"
          columns={[...permissionColumns<Copied>(view, (c) => c.Permission), noteColumn]}
          rows={plan.Copied}
          rowKey={(c) => c.SourceSecurityGroupRuleId}
          isPending={false}
          error={null}
          emptyText="No rules."
        />
      )}
      {plan.LeftBehind.length > 0 && (
        <Alert color="yellow" title={`${rulesText(plan.LeftBehind.length)} will be left behind`} p="sm">
          <ResourceTable
            label="Rules left behind"
            columns={[...permissionColumns<LeftBehind>(view, (l) => l.Permission), reasonColumn]}
            rows={plan.LeftBehind}
            rowKey={(l) => l.Permission.SecurityGroupRuleId}
            isPending={false}
            error={null}
            emptyText="No rules."
          />
        </Alert>
      )}
    </Stack>
  );
}
