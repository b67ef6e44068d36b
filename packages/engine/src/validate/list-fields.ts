import type { ListAddressFamily } from '../model/lists.ts';
import { parseCidr } from './cidr.ts';
import { descriptionProblem } from './names.ts';
import { parsePortRange } from './port-range.ts';
import { problem, type Problem } from './problem.ts';

/**
 * Field rules of prefix lists and port lists (spec §6), as problems so a console form can show them before
 * submitting. The codes are the real ones where the docs give them; see each function.
 */

/** 2–128 characters, starting with a letter (any script); letters, digits, `:` `_` `.` `-`. */
const LIST_NAME = /^\p{L}[\p{L}\p{Nd}:_.-]{1,127}$/u;
/** Names of the cloud's own lists start like this, so users may not. */
const RESERVED_NAME_START = /^(https?:\/\/|com\.aliyun|com\.alibabacloud)/i;
const URL_START = /^https?:\/\//i;

/**
 * PrefixListName / PortRangeListName (both required on Create, so '' is a problem here; Modify skips it when absent).
 * `code`: InvalidParameter.PrefixListName or InvalidParameter.PortRangeListName.
 */
export function listNameProblem(name: string, code: string): Problem | null {
  if (!LIST_NAME.test(name) || RESERVED_NAME_START.test(name)) {
    const field = code.slice(code.indexOf('.') + 1);
    return problem(
      code,
      `The specified parameter ${field} is not valid. It must be 2 to 128 characters in length, start with a letter, and can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-). It cannot start with http://, https://, com.aliyun or com.alibabacloud.`,
    );
  }
  return null;
}

/** An entry's description: optional, else 2–32 characters, no URL start. The docs give no code; `code` is the caller's. */
export function listEntryDescriptionProblem(description: string, code: string, label: string): Problem | null {
  if (description === '') return null;
  if (description.length < 2 || description.length > 32 || URL_START.test(description)) {
    return problem(
      code,
      `The specified parameter ${label}.Description is not valid. It must be 2 to 32 characters in length and cannot start with http:// or https://.`,
    );
  }
  return null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * A prefix-list entry's CIDR in canonical form. Unlike rules, entries must already be canonical (`10.0.0.1/8` is
 * refused, `10.0.0.0/8` is fine); a bare address becomes /32 (/128); IPv6 is zero-compressed and lower-cased, so
 * `2001:fd01:0:0:0:0:0:0/32` and `2001:fd01::/32` are the same entry. Every fault is InvalidParameter.CidrMalformed.
 */
export function parsePrefixListCidr(text: string, family: ListAddressFamily, label: string): Parsed<string> {
  const cidr = parseCidr(text);
  const malformed = (why: string): Parsed<string> => ({
    ok: false,
    problem: problem('InvalidParameter.CidrMalformed', `The specified ${label}.Cidr "${text}" is not valid: ${why}`),
  });
  if (!cidr) return malformed('it is not an IPv4 or IPv6 CIDR block or address.');
  if (cidr.family !== family) return malformed(`the prefix list holds ${family} entries only.`);
  if (!cidr.isCanonical) return malformed(`it is not a network address; use ${cidr.network}.`);
  return { ok: true, value: cidr.network };
}

/**
 * A port-list entry's range: `a/b` with 1 <= a <= b <= 65535 (port lists serve TCP and UDP only, so no `-1/-1`),
 * stored without leading zeros so duplicates compare as numbers. InvalidParameter.PortRange otherwise.
 */
export function parseListPortRange(text: string, label: string): Parsed<string> {
  const range = parsePortRange(text);
  if (!range || range.start < 1 || range.end > 65535 || range.start > range.end) {
    return {
      ok: false,
      problem: problem(
        'InvalidParameter.PortRange',
        `The specified parameter ${label}.PortRange is not valid. It should be two integers less than 65535 in specified format, e.g. 80/80 or 1/200.`,
      ),
    };
  }
  return { ok: true, value: `${range.start}/${range.end}` };
}

/** The two kinds of list: prefix lists (`pl-…`, CIDR blocks) and port lists (`prl-…`, port ranges). */
export type ListKind = 'prefix' | 'port';

/**
 * Each kind's field checks with that kind's codes (spec §6): the list actions and the console's forms call these
 * same functions, so a form shows exactly the code the action would return.
 */
export interface ListFieldChecks {
  nameProblem(name: string): Problem | null;
  descriptionProblem(description: string): Problem | null;
  /** `label` names the entry as the call does, e.g. `AddEntry.2`. */
  entryDescriptionProblem(description: string, label: string): Problem | null;
  /** An entry's key (a prefix list's Cidr, of `family`; a port list's PortRange). */
  entryKeyProblem(text: string, family: ListAddressFamily, label: string): Problem | null;
  /** The code of an entry that is not an object, has a bad description, or names nothing to remove. */
  entryCode: string;
}

const problemOf = <T>(parsed: Parsed<T>): Problem | null => (parsed.ok ? null : parsed.problem);

function checksFor(codes: { name: string; description: string; entry: string }) {
  return {
    nameProblem: (name: string) => listNameProblem(name, codes.name),
    descriptionProblem: (description: string) => descriptionProblem(description, codes.description),
    entryDescriptionProblem: (description: string, label: string) =>
      listEntryDescriptionProblem(description, codes.entry, label),
    entryCode: codes.entry,
  };
}

export const LIST_FIELD_CHECKS: Record<ListKind, ListFieldChecks> = {
  prefix: {
    // The docs list plain InvalidParameter for prefix lists; it also covers a bad description or entry.
    ...checksFor({
      name: 'InvalidParameter.PrefixListName',
      description: 'InvalidParameter',
      entry: 'InvalidParameter',
    }),
    entryKeyProblem: (text, family, label) => problemOf(parsePrefixListCidr(text, family, label)),
  },
  port: {
    ...checksFor({
      name: 'InvalidParameter.PortRangeListName',
      description: 'InvalidDescription.Malformed',
      entry: 'InvalidParam.Entry',
    }),
    entryKeyProblem: (text, _family, label) => problemOf(parseListPortRange(text, label)),
  },
};
