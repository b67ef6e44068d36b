import { Stack, Text } from '@mantine/core';
import type { ImportRowView } from '@sg/engine';
import type { RuleColumnKey } from '../../../../components/rule-columns.tsx';

const PEER_FIELDS = {
  ingress: ['SourceCidrIp', 'Ipv6SourceCidrIp', 'SourceGroupId', 'SourcePrefixListId'],
  egress: ['DestCidrIp', 'Ipv6DestCidrIp', 'DestGroupId', 'DestPrefixListId'],
};

/** The file's fields each rule column shows for a row that is not a rule. */
function fieldsOf(key: RuleColumnKey, direction: string): string[] {
  switch (key) {
    case 'direction':
      return ['Direction'];
    case 'policy':
      return ['Policy'];
    case 'priority':
      return ['Priority'];
    case 'protocol':
      return ['IpProtocol'];
    case 'port':
      return ['PortRange', 'PortRangeListId'];
    case 'protocolPort':
      return ['IpProtocol', 'PortRange'];
    case 'object':
      // Direction unknown: whatever addresses the row gives.
      return direction === 'egress'
        ? PEER_FIELDS.egress
        : direction === 'ingress'
          ? PEER_FIELDS.ingress
          : [...PEER_FIELDS.ingress, ...PEER_FIELDS.egress];
    case 'description':
      return ['Description'];
  }
}

/**
 * What the file says in a column of a row that is not a rule (the engine's Values, as read), the value the engine
 * refused (Field) in red; "-" when the file gives nothing there.
 */
export function ImportValues({ row, column }: { row: ImportRowView; column: RuleColumnKey }) {
  const values = row.Values ?? {};
  const given = fieldsOf(column, row.Direction).flatMap((field) => {
    const value = values[field as keyof typeof values];
    return value === undefined ? [] : [{ field, value }];
  });
  if (given.length === 0) return '-';
  return (
    <Stack gap={0}>
      {given.map(({ field, value }) => (
        <Text
          key={field}
          size="sm"
          ff="monospace"
          c={field === row.Field ? 'red.7' : undefined}
          fw={field === row.Field ? 600 : undefined}
          style={{ wordBreak: 'break-all' }}
        >
          {value}
        </Text>
      ))}
    </Stack>
  );
}

/** "SourceCidrIp = 10.0.0.300/8": the refused field and the value the file gave it, when the row has both. */
export function refusedValue(row: ImportRowView): string | null {
  const value = row.Field ? row.Values?.[row.Field as keyof NonNullable<ImportRowView['Values']>] : undefined;
  return value === undefined ? null : `${row.Field} = ${value}`;
}
