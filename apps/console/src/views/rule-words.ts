import type { CloudName, Profile } from '@sg/engine';
import type { AuthorizationType } from '@sg/engine/forms';
import { policyLabel, portRangeLabel, protocolLabel } from './rule-wording.ts';

type Direction = 'ingress' | 'egress';

/**
 * A column of a rule, wherever rules are listed: the rule tables, the group tools' tables, previews and diffs.
 * `protocolPort` is protocol and ports in one cell (Tencent's "Protocol port").
 */
export type RuleColumnKey =
  'direction' | 'policy' | 'priority' | 'protocol' | 'port' | 'protocolPort' | 'object' | 'description';

/**
 * Each cloud console's words for a group's rules (seed 001/004 Alibaba; seed 002 and the research notes' §6 for
 * Tencent; seed 003, spec §12 and the research notes' §9 and §11 for JD), and the order of its rule columns.
 * Wording and layout only: which fields and actions exist is the engine's profile (`profile.rules`).
 */
export interface RuleWords {
  /** The group page's tab that holds the rule tables. */
  rulesTab: string;
  /** The direction tabs inside it. */
  directionTabs: Record<Direction, string>;
  /** A rule of a direction in dialog titles: "Add Inbound Rule", "Edit Inbound rule". */
  ruleOf: Record<Direction, string>;
  /** The button that opens the rule editor. */
  addRule: string;
  /** The row action and the dialog that change one rule. */
  modify: string;
  /**
   * The row actions of clouds whose rules are ordered by position (which clouds those are is the dialect's
   * `ordering`): add a rule above this one, move it one place up or down; and the add dialog's choice of where the
   * new rules go (the API's PolicyIndex 0, or none to append).
   */
  positionActions: {
    insert: string;
    moveUp: string;
    moveDown: string;
    placement: { label: string; top: string; bottom: string };
  };
  /** The rule columns in the console's order (a Priority column shows only where rules have priorities). */
  columns: readonly RuleColumnKey[];
  /** The rule table's last column but Operation, where the console has it. */
  createdAt: string | null;
  headers: {
    policy: string;
    protocol: string;
    port: string;
    protocolPort: string;
    /** The other end of a rule of a direction. */
    peer: Record<Direction, string>;
    /** ... in a table of both directions. */
    anyPeer: string;
    description: string;
  };
  policyLabel: (policy: string) => string;
  protocolLabel: (protocol: string) => string;
  portLabel: (portRange: string) => string;
  /** The rule editor's fields. */
  fields: {
    policy: string;
    port: string;
    portPlaceholder: string;
    /** The peer field's label; its accessible name is `headers.peer`. */
    peer: Record<Direction, string>;
    description: string;
  };
  authorizationTypes: Record<AuthorizationType, string>;
}

/** Tencent's row actions (its console: Edit, Insert, Delete, Move up, Move down). */
const POSITION_ACTIONS = {
  insert: 'Insert',
  moveUp: 'Move up',
  moveDown: 'Move down',
  placement: { label: 'Add to', top: 'Top (matched first)', bottom: 'Bottom (append)' },
};
const SOURCE_DESTINATION = { ingress: 'Source', egress: 'Destination' };
const SEED_004_TYPES = {
  ipv4: 'IPv4 CIDR Block',
  ipv6: 'IPv6 CIDR Block',
  group: 'Security Group',
  prefixList: 'Prefix List',
};
const SHORT_TYPES = { ipv4: 'IPv4', ipv6: 'IPv6', group: 'Security Group', prefixList: 'Prefix List' };
const asWritten = (text: string) => text;
const upperAll = (protocol: string) => (protocol.toUpperCase() === 'ALL' ? 'ALL' : protocol);

export const RULE_WORDS: Readonly<Record<CloudName, RuleWords>> = {
  alibaba: {
    rulesTab: 'Access Rule',
    directionTabs: { ingress: 'Inbound', egress: 'Outbound' },
    ruleOf: { ingress: 'Inbound Rule', egress: 'Outbound Rule' },
    addRule: 'Add Rule',
    modify: 'Modify',
    positionActions: POSITION_ACTIONS,
    columns: ['policy', 'priority', 'protocol', 'port', 'object', 'description'],
    createdAt: 'Created At',
    headers: {
      policy: 'Action',
      protocol: 'Protocol',
      port: 'Port Range',
      protocolPort: 'Protocol Port',
      peer: SOURCE_DESTINATION,
      anyPeer: 'Authorization Object',
      description: 'Description',
    },
    policyLabel,
    protocolLabel,
    portLabel: portRangeLabel,
    fields: {
      policy: 'Action',
      port: 'Port Range',
      portPlaceholder: '22/22 or 22/23,443/443',
      peer: { ingress: 'Authorization Object (Source)', egress: 'Authorization Object (Destination)' },
      description: 'Description',
    },
    authorizationTypes: SEED_004_TYPES,
  },
  tencent: {
    rulesTab: 'Security group rules',
    directionTabs: { ingress: 'Inbound rule', egress: 'Outbound rule' },
    ruleOf: { ingress: 'Inbound rule', egress: 'Outbound rule' },
    addRule: 'Add rule',
    modify: 'Edit',
    positionActions: POSITION_ACTIONS,
    columns: ['object', 'protocolPort', 'policy', 'description'],
    createdAt: null,
    headers: {
      policy: 'Policy',
      protocol: 'Protocol',
      port: 'Port',
      protocolPort: 'Protocol port',
      peer: SOURCE_DESTINATION,
      anyPeer: 'Source/Destination',
      description: 'Notes',
    },
    policyLabel: (policy) => (policy.toLowerCase() === 'drop' ? 'Reject' : 'Allow'),
    protocolLabel: upperAll,
    portLabel: asWritten,
    fields: {
      policy: 'Policy',
      port: 'Port',
      portPlaceholder: '80,443 or 8000-8010 or ALL',
      peer: SOURCE_DESTINATION,
      description: 'Notes',
    },
    authorizationTypes: SHORT_TYPES,
  },
  jdcloud: {
    rulesTab: 'Security Group Rules',
    directionTabs: { ingress: 'Inbound Rules', egress: 'Outbound Rules' },
    ruleOf: { ingress: 'Inbound Rule', egress: 'Outbound Rule' },
    addRule: 'Add New Rule',
    modify: 'Modify',
    positionActions: POSITION_ACTIONS,
    columns: ['protocol', 'port', 'object', 'policy', 'description'],
    createdAt: null,
    headers: {
      policy: 'Policy',
      protocol: 'Protocol',
      port: 'Destination Port',
      protocolPort: 'Protocol Port',
      peer: { ingress: 'Source IP', egress: 'Destination IP' },
      anyPeer: 'Source/Destination IP',
      description: 'Remarks',
    },
    policyLabel: (policy) => (policy.toLowerCase() === 'drop' ? 'Deny' : 'Allow'),
    protocolLabel: (protocol) => (protocol.toUpperCase() === 'ALL' ? 'All' : protocol),
    portLabel: asWritten,
    fields: {
      policy: 'Policy',
      port: 'Destination Port',
      portPlaceholder: '22 or 20-22',
      peer: { ingress: 'Source IP', egress: 'Destination IP' },
      description: 'Remarks',
    },
    authorizationTypes: SHORT_TYPES,
  },
};

/**
 * One line above a rule table saying how the cloud's rules decide, by the dialect's ordering (research notes §4
 * for Tencent, §9 for JD); none where a Priority column says it.
 */
export const ORDER_NOTES: Readonly<Record<Profile['rules']['ordering'], string | null>> = {
  priority: null,
  position:
    'Rules are matched from the top down: the first rule that matches decides, and the rules below it are not checked.',
  union:
    'The rules of all the security groups of an instance are a union of allows: traffic that no rule allows is rejected.',
};
