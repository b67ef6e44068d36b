import { Badge, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { IdText } from '../../../components/id-text.tsx';
import { ResourceTable, type Column } from '../../../components/resource-table.tsx';
import { policyLabel, portRangeLabel, protocolLabel } from './wording.ts';

/** The other end of a rule: source for inbound, destination for outbound. */
export function authorizationObject(rule: Permission): string {
  if (rule.Direction === 'ingress') {
    return rule.SourceCidrIp || rule.Ipv6SourceCidrIp || rule.SourceGroupId || rule.SourcePrefixListId;
  }
  return rule.DestCidrIp || rule.Ipv6DestCidrIp || rule.DestGroupId || rule.DestPrefixListId;
}

/** Evaluation order: smaller priority number first, and deny before allow at the same priority. */
export function sortByPriority(rules: Permission[]): Permission[] {
  return [...rules].sort(
    (a, b) => Number(a.Priority) - Number(b.Priority) || (a.Policy === b.Policy ? 0 : a.Policy === 'Drop' ? -1 : 1),
  );
}

interface RulesTableProps {
  direction: 'ingress' | 'egress';
  rules: Permission[];
}

export function RulesTable({ direction, rules }: RulesTableProps) {
  const columns: Column<Permission>[] = [
    {
      key: 'policy',
      header: 'Action',
      render: (r) => (
        <Badge color={r.Policy === 'Drop' ? 'red' : 'green'} variant="light">
          {policyLabel(r.Policy)}
        </Badge>
      ),
    },
    { key: 'priority', header: 'Priority', render: (r) => r.Priority },
    { key: 'protocol', header: 'Protocol', render: (r) => protocolLabel(r.IpProtocol) },
    { key: 'port', header: 'Port Range', render: (r) => portRangeLabel(r.PortRange) },
    {
      key: 'peer',
      header: direction === 'ingress' ? 'Source' : 'Destination',
      render: (r) => <IdText>{authorizationObject(r)}</IdText>,
    },
    { key: 'description', header: 'Description', render: (r) => r.Description || '-' },
    { key: 'created', header: 'Created At', render: (r) => <Text size="sm">{r.CreateTime}</Text> },
  ];
  return (
    <ResourceTable
      label={direction === 'ingress' ? 'Inbound rules' : 'Outbound rules'}
      columns={columns}
      rows={sortByPriority(rules)}
      rowKey={(r) => r.SecurityGroupRuleId}
      isPending={false}
      error={null}
      emptyText={direction === 'ingress' ? 'No inbound rules.' : 'No outbound rules.'}
    />
  );
}
