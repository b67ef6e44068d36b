/**
 * The columns of an exported rule file and the keys an imported one may use. No public source gives the
 * console's own file schema (spec §9, §13 item 1), so the engine follows the spec's suggestion: the
 * DescribeSecurityGroupAttribute Permission field names, so that API-shaped data round-trips.
 */
export const EXPORT_FIELDS = [
  'Direction',
  'Policy',
  'Priority',
  'IpProtocol',
  'PortRange',
  'SourcePortRange',
  'SourceCidrIp',
  'Ipv6SourceCidrIp',
  'SourceGroupId',
  'SourceGroupOwnerAccount',
  'SourcePrefixListId',
  'DestCidrIp',
  'Ipv6DestCidrIp',
  'DestGroupId',
  'DestGroupOwnerAccount',
  'DestPrefixListId',
  'PortRangeListId',
  'NicType',
  'Description',
  'CreateTime',
] as const;

export type ExportField = (typeof EXPORT_FIELDS)[number];

/**
 * Every key an imported row may carry: the export's, and the rest of a Permission as
 * DescribeSecurityGroupAttribute prints it (IDs and names, read and ignored), so a saved API response
 * imports too. Anything else makes the row invalid.
 */
export const IMPORT_FIELDS = [
  ...EXPORT_FIELDS,
  'SecurityGroupRuleId',
  'SourceGroupName',
  'DestGroupName',
  'SourcePrefixListName',
  'DestPrefixListName',
  'PortRangeListName',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One imported row: known fields only, as text; an absent field is a missing key. */
export type ImportRowValues = Partial<Record<ImportField, string>>;

/**
 * Cells a person writes (descriptions, names, owner accounts): the only ones a spreadsheet formula can hide
 * in, so the only ones the CSV export neutralises. Structured cells (`-1/-1`, CIDRs, IDs) are validated
 * and must round-trip unchanged.
 */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set<ImportField>([
  'Description',
  'SourceGroupName',
  'DestGroupName',
  'SourceGroupOwnerAccount',
  'DestGroupOwnerAccount',
  'SourcePrefixListName',
  'DestPrefixListName',
  'PortRangeListName',
]);

/** Keys that would reach an object's prototype if anyone assigned them: refused by name, never assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const BY_LOWER_CASE = new Map<string, ImportField>(IMPORT_FIELDS.map((f) => [f.toLowerCase(), f]));

/** The known field a key names, in any case and with spaces around it; undefined when unknown. */
export function importFieldOf(key: string): ImportField | undefined {
  return BY_LOWER_CASE.get(key.trim().toLowerCase());
}
