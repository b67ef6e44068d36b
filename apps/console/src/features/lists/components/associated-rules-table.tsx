import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { RulePeer } from '../../../components/rule-peer.tsx';
import { RulePorts } from '../../../components/rule-ports.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { associatedRulesQuery } from '../../../queries/list-queries.ts';
import type { AssociatedRuleView, ListKind } from '../../../views/list-views.ts';
import { paths } from '../../../lib/paths.ts';
import { policyLabel, protocolLabel } from '../../../views/rule-wording.ts';

interface AssociatedRulesTableProps {
  kind: ListKind;
  regionId: string;
  listId: string;
}

/** "Associated Security Group Rules": every rule that references the list, with the group that holds it. */
export function AssociatedRulesTable({ kind, regionId, listId }: AssociatedRulesTableProps) {
  const engine = useEngine();
  const rules = useQuery(associatedRulesQuery(engine, kind, regionId, listId));
  const columns: Column<AssociatedRuleView>[] = [
    {
      key: 'group',
      header: 'Security Group',
      render: ({ SecurityGroupId, SecurityGroupName, rule }) => (
        <Stack gap={0}>
          <Anchor component={Link} to={paths.securityGroupRules(regionId, SecurityGroupId, rule.Direction)} size="sm">
            {SecurityGroupName || SecurityGroupId}
          </Anchor>
          <IdText>{SecurityGroupId}</IdText>
        </Stack>
      ),
    },
    {
      key: 'direction',
      header: 'Direction',
      render: ({ rule }) => (rule.Direction === 'ingress' ? 'Inbound' : 'Outbound'),
    },
    { key: 'policy', header: 'Action', render: ({ rule }) => policyLabel(rule.Policy) },
    { key: 'priority', header: 'Priority', render: ({ rule }) => rule.Priority },
    { key: 'protocol', header: 'Protocol', render: ({ rule }) => protocolLabel(rule.IpProtocol) },
    { key: 'port', header: 'Port Range', render: ({ rule }) => <RulePorts rule={rule} /> },
    { key: 'peer', header: 'Authorization Object', render: ({ rule }) => <RulePeer rule={rule} /> },
    { key: 'description', header: 'Description', render: ({ rule }) => rule.Description || '-' },
  ];
  return (
    <Card withBorder mb="md" aria-label="Associated Security Group Rules" component="section">
      <Title order={4} mb="xs">
        Associated Security Group Rules
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        For a security group that references a prefix list or port list, the rule count is based on the maximum number
        of entries specified for the list.
      </Text>
      <ResourceTable
        label="Associated Security Group Rules"
        columns={columns}
        rows={rules.data}
        rowKey={({ rule }) => rule.SecurityGroupRuleId}
        isPending={rules.isPending}
        error={rules.error}
        emptyText="No security group rule references this list."
      />
    </Card>
  );
}
