import { randomId } from '@mantine/hooks';
import type { Permission, Profile } from '@sg/engine';
import {
  allPortsText,
  authorizationTypeOf,
  parseIpProtocol,
  protocolHasPorts,
  type AuthorizationType,
  type QuickRule,
  type RuleEntry,
  type RuleEntryField,
  type TemplatePermission,
} from '@sg/engine/forms';
import { authorizationObject } from '../../../../components/rule-peer.tsx';

/** One row of the rule editor: a console entry (several ports and objects allowed) plus UI-only extras. */
export interface RuleRow extends Omit<RuleEntry, 'Direction' | 'AuthorizationType'> {
  key: string;
  /** Which kind of object AuthorizationObjects holds; the engine refuses an object of another kind. */
  AuthorizationType: AuthorizationType;
  /** A port list instead of port ranges (TCP/UDP); '' for none. The console entry has no such field (row-expansion.ts). */
  PortRangeListId: string;
  /** The quick choice's advice (seed 004), shown under the row. */
  advice: string;
}

export type RowField = RuleEntryField;

/** An error to show on a row: under a field when it names one, else under the row. */
export interface RowError {
  field: RowField | null;
  Code: string;
  Message: string;
}

export function blankRow(): RuleRow {
  return {
    key: randomId(),
    Policy: 'accept',
    Priority: '1',
    IpProtocol: 'TCP',
    PortRanges: '',
    PortRangeListId: '',
    AuthorizationType: 'ipv4',
    AuthorizationObjects: '',
    Description: '',
    advice: '',
  };
}

export function rowFromQuickRule(quick: QuickRule): RuleRow {
  return {
    ...blankRow(),
    IpProtocol: quick.IpProtocol,
    PortRanges: quick.PortRange,
    AuthorizationType: authorizationTypeOf(quick.recommendedSource),
    AuthorizationObjects: quick.recommendedSource,
    advice: `${quick.label}: ${quick.advice}`,
  };
}

/** A template's rule (Create Security Group), to be edited before OK. */
export function rowFromTemplate(permission: TemplatePermission): RuleRow {
  return {
    ...blankRow(),
    Policy: permission.Policy,
    Priority: permission.Priority,
    IpProtocol: permission.IpProtocol,
    PortRanges: permission.PortRange,
    AuthorizationType: authorizationTypeOf(permission.SourceCidrIp),
    AuthorizationObjects: permission.SourceCidrIp,
    Description: permission.Description,
  };
}

export function rowFromRule(rule: Permission): RuleRow {
  const object = authorizationObject(rule);
  return {
    key: rule.SecurityGroupRuleId,
    Policy: rule.Policy.toLowerCase(),
    Priority: rule.Priority,
    IpProtocol: rule.IpProtocol,
    PortRanges: rule.PortRange,
    PortRangeListId: rule.PortRangeListId,
    AuthorizationType: authorizationTypeOf(object),
    AuthorizationObjects: object,
    Description: rule.Description,
    advice: '',
  };
}

/** True when the protocol takes port ranges; the others are always every port (`-1/-1`, `ALL`). */
export function rowHasPorts(row: Pick<RuleRow, 'IpProtocol'>): boolean {
  const protocol = parseIpProtocol(row.IpProtocol);
  return protocol === null || protocolHasPorts(protocol);
}

export function isBlankRow(row: RuleRow): boolean {
  return (
    row.PortRanges.trim() === '' &&
    row.PortRangeListId === '' &&
    row.AuthorizationObjects.trim() === '' &&
    row.Description === ''
  );
}

/** A row as the engine's console entry; a port-less protocol's ports are every port in the cloud's spelling. */
export function toEntry(row: RuleRow, direction: 'ingress' | 'egress', dialect: Profile['rules']): RuleEntry {
  return {
    Direction: direction,
    Policy: row.Policy,
    Priority: row.Priority,
    IpProtocol: row.IpProtocol,
    PortRanges: rowHasPorts(row) ? row.PortRanges : allPortsText(dialect),
    AuthorizationType: row.AuthorizationType,
    AuthorizationObjects: row.AuthorizationObjects,
    Description: row.Description,
  };
}

/** The row field an API parameter named in an engine error belongs to; null when it is about no field. */
export function rowFieldOf(apiField: string | undefined): RowField | null {
  switch (apiField) {
    case 'IpProtocol':
    case 'Policy':
    case 'Priority':
    case 'Description':
      return apiField;
    case 'PortRange':
    case 'PortRangeListId':
    case 'SourcePortRange':
      return 'PortRanges';
    case 'SourceCidrIp':
    case 'Ipv6SourceCidrIp':
    case 'SourceGroupId':
    case 'SourcePrefixListId':
    case 'DestCidrIp':
    case 'Ipv6DestCidrIp':
    case 'DestGroupId':
    case 'DestPrefixListId':
    case 'NicType':
      return 'AuthorizationObjects';
    default:
      return null;
  }
}

export function errorText(error: { Code: string; Message: string }): string {
  return `${error.Code}: ${error.Message}`;
}
