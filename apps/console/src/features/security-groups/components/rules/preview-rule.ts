import type { Permission } from '@sg/engine';
import type { PermissionInput } from '@sg/engine/forms';
import type { PreviewRule } from '../../../../components/diff-table.tsx';
import { authorizationObject } from '../../../../components/rule-peer.tsx';

/** A stored rule as a preview line. */
export function previewOfRule(rule: Permission): PreviewRule {
  return {
    Policy: rule.Policy,
    Priority: rule.Priority,
    IpProtocol: rule.IpProtocol,
    PortRange: rule.PortRange || rule.PortRangeListId,
    object: authorizationObject(rule),
    Description: rule.Description,
  };
}

/** A permission about to be sent, as a preview line; its peer is Source* inbound and Dest* outbound. */
export function previewOfInput(input: PermissionInput, direction: 'ingress' | 'egress'): PreviewRule {
  const object =
    direction === 'ingress'
      ? input.SourceCidrIp || input.Ipv6SourceCidrIp || input.SourceGroupId || input.SourcePrefixListId
      : input.DestCidrIp || input.Ipv6DestCidrIp || input.DestGroupId || input.DestPrefixListId;
  return {
    Policy: input.Policy ?? 'accept',
    Priority: String(input.Priority ?? ''),
    IpProtocol: input.IpProtocol ?? '',
    PortRange: input.PortRange || input.PortRangeListId || '',
    object: object ?? '',
    Description: input.Description ?? '',
  };
}
