import type { PortRangeList, PrefixList } from '../model/lists.ts';
import { localOf, peerOf, type RuleDraft } from '../model/rule-draft.ts';
import type { Direction, Rule } from '../model/security-group.ts';
import { formatIPv6, parseAddress, parseCidr } from '../validate/cidr.ts';
import { ALL_PORTS, parsePortRange } from '../validate/port-range.ts';
import { readPortSpec, type PortSpan } from '../validate/port-spec.ts';

/**
 * Rules in the form evaluation reads: CIDRs parsed into number ranges, ports into numbers. A rule is
 * compiled once and cached per rule object: stored records are frozen and replaced (never edited) when they
 * change, so the cache is always valid. Objects that are not frozen (a console draft, a record written earlier in
 * the same transaction) are compiled afresh each time, since they might still change.
 *
 * A rule that names a prefix list or port list is compiled with the list's entries as they are now (lists are
 * expanded live, spec §6): its compiled form remembers the list records it read, and a cached form is used only
 * while the lookup still returns those very records. Lists are frozen records replaced on change too, so an edit
 * to a list recompiles exactly the rules that name it.
 */

/** Where a rule's prefix lists and port lists are looked up; without one, a rule naming a list matches nothing. */
export interface RuleLists {
  prefixList(prefixListId: string): PrefixList | undefined;
  portRangeList(portRangeListId: string): PortRangeList | undefined;
}

/** An address range of one family. IPv4 fits a number, which compares much faster than a bigint. */
export type AddressRange = { v6: false; lo: number; hi: number } | { v6: true; lo: bigint; hi: bigint };

/** One address, canonical `text` (what member IPs are stored as) and its value. */
export type Address = { v6: false; value: number; text: string } | { v6: true; value: bigint; text: string };

/** `ranges`: a prefix list's entries (of the list's family), any of which matches. */
export type PeerMatch =
  | { kind: 'range'; range: AddressRange }
  | { kind: 'ranges'; ranges: readonly AddressRange[] }
  | { kind: 'group'; groupId: string }
  | { kind: 'never' };

export type { PortSpan };

export interface CompiledRule {
  readonly rule: Rule;
  readonly direction: Direction;
  /** Canonical protocol; `ALL` matches every protocol. */
  readonly protocol: string;
  /** `-1/-1`: every port (and the port-less protocols). */
  readonly allPorts: boolean;
  readonly portFrom: number;
  readonly portTo: number;
  /** A port-list rule: its entries, any of which matches (portFrom/portTo then match nothing); null otherwise. */
  readonly portSpans: readonly PortSpan[] | null;
  /** Quintuple rules: the source ports they take; null is every source port. */
  readonly sourcePorts: { from: number; to: number } | null;
  readonly peer: PeerMatch;
  /** Quintuple rules: the local (this interface's) address they apply to; null is every local address. */
  readonly local: AddressRange | null;
  readonly drop: boolean;
  readonly priority: number;
  /** The list records the rule was compiled against (null: it names none, or the list was missing). */
  readonly prefixList: PrefixList | null;
  readonly portRangeList: PortRangeList | null;
}

const cache = new WeakMap<object, CompiledRule>();

function rangeOf(text: string): AddressRange | null {
  const cidr = text === '' ? null : parseCidr(text);
  if (!cidr) return null;
  return cidr.family === 'IPv4'
    ? { v6: false, lo: Number(cidr.first), hi: Number(cidr.last) }
    : { v6: true, lo: cidr.first, hi: cidr.last };
}

/** A port range that matches nothing: unreadable text, or a port list that cannot be found. */
const NO_PORTS = { allPorts: false, portFrom: 1, portTo: 0, portSpans: null };

function portsOf(rule: RuleDraft, list: PortRangeList | null) {
  if (rule.PortRangeListId !== '' && rule.PortRange === '') {
    if (!list) return NO_PORTS;
    const portSpans = list.Entries.map((e) => parsePortRange(e.PortRange)).flatMap((r) =>
      r ? [{ from: r.start, to: r.end }] : [],
    );
    return { ...NO_PORTS, portSpans };
  }
  // Any cloud's syntax: `-1/-1`, `ALL` or '' (every port), `22/22`, `80`, `8000-8010`, `80,443`.
  const spec = readPortSpec(rule.PortRange);
  if (!spec) return NO_PORTS;
  if (spec.all) return { allPorts: true, portFrom: -1, portTo: -1, portSpans: null };
  const [first] = spec.spans;
  if (spec.spans.length === 1 && first)
    return { allPorts: false, portFrom: first.from, portTo: first.to, portSpans: null };
  return { ...NO_PORTS, portSpans: spec.spans };
}

function sourcePortsOf(rule: RuleDraft): CompiledRule['sourcePorts'] {
  if (rule.SourcePortRange === '' || rule.SourcePortRange === ALL_PORTS) return null;
  const range = parsePortRange(rule.SourcePortRange);
  return range ? { from: range.start, to: range.end } : { from: 1, to: 0 };
}

function peerMatchOf(rule: RuleDraft, list: PrefixList | null): PeerMatch {
  const peer = peerOf(rule);
  const cidr = peer.cidr || peer.ipv6;
  if (cidr !== '') {
    const range = rangeOf(cidr);
    return range ? { kind: 'range', range } : { kind: 'never' };
  }
  if (peer.group !== '') return { kind: 'group', groupId: peer.group };
  // A prefix list matches any of its entries; a missing (or unlooked-up) one matches no address.
  if (!list) return { kind: 'never' };
  return { kind: 'ranges', ranges: list.Entries.map((e) => rangeOf(e.Cidr)).filter((r) => r !== null) };
}

function localOfRule(rule: RuleDraft): AddressRange | null {
  const local = localOf(rule);
  const text = local.cidr || local.ipv6;
  if (text === '') return null;
  // An unreadable local address can match no interface: an empty IPv4 range.
  return rangeOf(text) ?? { v6: false, lo: 1, hi: 0 };
}

/** The list records a rule names, as the lookup has them now. */
function listsOf(rule: Rule, lists: RuleLists | undefined) {
  const prefixListId = peerOf(rule).prefixList;
  return {
    prefixList: (prefixListId !== '' && lists?.prefixList(prefixListId)) || null,
    portRangeList: (rule.PortRangeListId !== '' && lists?.portRangeList(rule.PortRangeListId)) || null,
  };
}

/** True when a compiled form was made from the list records the lookup returns now. */
export function isCurrent(compiled: CompiledRule, lists: RuleLists | undefined): boolean {
  if (!namesList(compiled.rule)) return true;
  const now = listsOf(compiled.rule, lists);
  return now.prefixList === compiled.prefixList && now.portRangeList === compiled.portRangeList;
}

/** True when the rule names a prefix list or port list, so what it matches depends on that list. */
export function namesList(rule: Rule): boolean {
  return rule.PortRangeListId !== '' || rule.SourcePrefixListId !== '' || rule.DestPrefixListId !== '';
}

/**
 * The compiled form of a stored (or draft) rule; cached when the rule object (and the lists it names) are frozen.
 * `lists` resolves the prefix list and port list a rule names; without it such rules match nothing.
 */
export function compileRule(rule: Rule, lists?: RuleLists): CompiledRule {
  const cached = cache.get(rule);
  if (cached && isCurrent(cached, lists)) return cached;
  const { prefixList, portRangeList } = listsOf(rule, lists);
  const compiled: CompiledRule = {
    rule,
    direction: rule.Direction,
    protocol: rule.IpProtocol,
    ...portsOf(rule, portRangeList),
    sourcePorts: sourcePortsOf(rule),
    peer: peerMatchOf(rule, prefixList),
    local: localOfRule(rule),
    drop: rule.Policy === 'drop',
    priority: rule.Priority,
    prefixList,
    portRangeList,
  };
  const listsFrozen =
    (!prefixList || Object.isFrozen(prefixList)) && (!portRangeList || Object.isFrozen(portRangeList));
  if (Object.isFrozen(rule) && listsFrozen) cache.set(rule, compiled);
  return compiled;
}

const DOTTED_QUAD =
  /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * A peer or local address as evaluation reads it; null when the text is not an address. Plain dotted quads (every
 * stored private IP) take a fast path: bulk questions read thousands of them per call. The pattern refuses leading
 * zeros, as parseAddress does.
 */
export function readAddress(text: string): Address | null {
  const quad = DOTTED_QUAD.exec(text);
  if (quad) {
    const value = ((Number(quad[1]) << 24) >>> 0) + (Number(quad[2]) << 16) + (Number(quad[3]) << 8) + Number(quad[4]);
    return { v6: false, value, text };
  }
  const parsed = parseAddress(text);
  if (!parsed) return null;
  if (parsed.family === 'IPv4') {
    const value = Number(parsed.value);
    return { v6: false, value, text: [24, 16, 8, 0].map((s) => (value >>> s) & 255).join('.') };
  }
  return { v6: true, value: parsed.value, text: formatIPv6(parsed.value) };
}

/** True when the address lies in the range; an IPv4 range never holds an IPv6 address and vice versa. */
export function rangeHolds(range: AddressRange, address: Address): boolean {
  if (range.v6) return address.v6 && address.value >= range.lo && address.value <= range.hi;
  return !address.v6 && address.value >= range.lo && address.value <= range.hi;
}

/** What a flow asks of a rule besides its peer: protocol, destination port, source port. */
export interface FlowShape {
  protocol: string;
  /** The destination port; -1 for the port-less protocols. */
  port: number;
  /** Undefined: not given, so only rules without a source-port restriction match. */
  sourcePort: number | undefined;
}

/** Protocol and ports (spec §8.2): ALL matches every protocol and -1/-1 every port. */
export function matchesShape(c: CompiledRule, flow: FlowShape): boolean {
  if (c.protocol !== 'ALL' && c.protocol !== flow.protocol) return false;
  if (c.portSpans) {
    if (!c.portSpans.some((span) => flow.port >= span.from && flow.port <= span.to)) return false;
  } else if (!c.allPorts && (flow.port < c.portFrom || flow.port > c.portTo)) return false;
  if (c.sourcePorts) {
    const sp = flow.sourcePort;
    if (sp === undefined || sp < c.sourcePorts.from || sp > c.sourcePorts.to) return false;
  }
  return true;
}

/** The local-address narrowing of a quintuple rule, against the interface's own address. */
export function matchesLocal(c: CompiledRule, localAddress: Address | null): boolean {
  return c.local === null || (localAddress !== null && rangeHolds(c.local, localAddress));
}
