import { Stack, Text } from '@mantine/core';
import type { Permission } from '@sg/engine';
import { IdText } from './id-text.tsx';
import { ListLink } from './list-link.tsx';

/** The other end of a rule: source for inbound, destination for outbound. */
export function authorizationObject(rule: Permission): string {
  if (rule.Direction === 'ingress') {
    return rule.SourceCidrIp || rule.Ipv6SourceCidrIp || rule.SourceGroupId || rule.SourcePrefixListId;
  }
  return rule.DestCidrIp || rule.Ipv6DestCidrIp || rule.DestGroupId || rule.DestPrefixListId;
}

/** True when the rule names another security group (counted against the group-authorization quota). */
export function isGroupAuthorization(rule: Permission): boolean {
  return (rule.Direction === 'ingress' ? rule.SourceGroupId : rule.DestGroupId) !== '';
}

/** The authorization object as the table shows it: a CIDR; a group ID with its name; a prefix list ID with its name. */
export function RulePeer({ rule }: { rule: Permission }) {
  const isIngress = rule.Direction === 'ingress';
  const groupName = isIngress ? rule.SourceGroupName : rule.DestGroupName;
  const object = authorizationObject(rule);
  const prefixListId = isIngress ? rule.SourcePrefixListId : rule.DestPrefixListId;
  return (
    <Stack gap={0}>
      <IdText>{object}</IdText>
      {isGroupAuthorization(rule) && (
        <Text size="xs" c="dimmed">
          {groupName || '-'}
        </Text>
      )}
      {prefixListId !== '' && object === prefixListId && (
        <ListLink
          kind="prefix"
          id={prefixListId}
          name={isIngress ? rule.SourcePrefixListName : rule.DestPrefixListName}
        />
      )}
    </Stack>
  );
}
