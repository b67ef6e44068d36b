import type { MaskRange, NetworkRules } from '../profiles/profile.ts';
import { cidrCovers, parseCidr, type Cidr } from './cidr.ts';
import { descriptionProblem } from './names.ts';
import { problem, type Problem } from './problem.ts';

/**
 * Field rules of VPCs and vSwitches, as problems so a console form can show them before submitting; CreateVpc and
 * CreateVSwitch call these same functions. Codes and messages are those of the VPC API (2016-04-28) error tables
 * of CreateVpc and CreateVSwitch, misspellings included (`InvalidVpcDiscription`, `InvalidCirdrBlock`). The ranges
 * and masks come from the profile (`NetworkRules`). What needs the world (a vSwitch's block inside its VPC's, and
 * overlaps) is checked by CreateVSwitch.
 */

/** 1–128 characters from a letter (any script); letters, digits, `_` `.` `-`; not `http://` or `https://`. */
const NETWORK_NAME = /^\p{L}[\p{L}\p{Nd}_.-]{0,127}$/u;
const URL_START = /^https?:\/\//i;

const nameProblem = (name: string, code: string, message: string): Problem | null =>
  name === '' || (NETWORK_NAME.test(name) && !URL_START.test(name)) ? null : problem(code, message);

const NAME_RULE =
  'It must be 1 to 128 characters in length, start with a letter, and can contain letters, digits, underscores (_), periods (.) and hyphens (-). It cannot start with http:// or https://.';

/**
 * An IPv4 block in network form (`10.0.0.0/16`, not `10.0.0.1/16` nor a bare address: InvalidCidrBlock.Malformed)
 * whose mask is in `mask` (else `maskProblem`, given the block's mask length).
 */
function blockOrProblem(text: string, mask: MaskRange, maskProblem: (prefix: number) => Problem): Cidr | Problem {
  const cidr = parseCidr(text);
  if (!cidr || cidr.family !== 'IPv4' || cidr.isBareAddress || !cidr.isCanonical) {
    return problem(
      'InvalidCidrBlock.Malformed',
      `Specified CIDR block is not valid. "${text}" is not an IPv4 CIDR block in network form, e.g. 192.168.0.0/16.`,
    );
  }
  return cidr.prefix >= mask.min && cidr.prefix <= mask.max ? cidr : maskProblem(cidr.prefix);
}

const isProblem = (found: Cidr | Problem): found is Problem => 'Code' in found;

/** VpcName: optional. InvalidVpcName.Malformed. */
export function vpcNameProblem(name: string): Problem | null {
  return nameProblem(name, 'InvalidVpcName.Malformed', `Specified VPC name is not valid. ${NAME_RULE}`);
}

/** VSwitchName: optional. InvalidVSwitchName.Malformed. */
export function vSwitchNameProblem(name: string): Problem | null {
  return nameProblem(name, 'InvalidVSwitchName.Malformed', `Specified virtual switch name is not valid. ${NAME_RULE}`);
}

/** A VPC's Description: optional, else 2–256 characters, no URL start. InvalidVpcDiscription.Malformed (sic). */
export function vpcDescriptionProblem(description: string): Problem | null {
  return descriptionProblem(description, 'InvalidVpcDiscription.Malformed');
}

/** A vSwitch's Description, as a VPC's. InvalidVSwitchDiscription.Malformed (sic). */
export function vSwitchDescriptionProblem(description: string): Problem | null {
  return descriptionProblem(description, 'InvalidVSwitchDiscription.Malformed');
}

/**
 * A VPC's CidrBlock: an IPv4 block in network form (InvalidCidrBlock.Malformed), with a mask the profile allows
 * (IllegalParam.CidrBlockMask), inside one of the profile's ranges (InvalidParameter, as CreateVpc documents it).
 */
export function vpcCidrProblem(text: string, rules: NetworkRules): Problem | null {
  const { min, max } = rules.vpcMask;
  const found = blockOrProblem(text, rules.vpcMask, (prefix) =>
    problem(
      'IllegalParam.CidrBlockMask',
      `The param of CidrBlock Mask [${prefix}] is illegal. The mask of a VPC's block must be ${min} to ${max} bits long.`,
    ),
  );
  if (isProblem(found)) return found;
  const inside = rules.vpcCidrRanges.some((range) => cidrCovers(parseCidr(range)!, found));
  if (!inside) {
    return problem(
      'InvalidParameter',
      `Specified CIDR block is not valid. A VPC's block must be ${rules.vpcCidrRanges.join(', ')} or a subnet of one of them.`,
    );
  }
  return null;
}

/**
 * A vSwitch's CidrBlock on its own: an IPv4 block in network form (InvalidCidrBlock.Malformed) with a mask the
 * profile allows (InvalidCirdrBlock.MaskLength, sic). Its place in the VPC is CreateVSwitch's to check.
 */
export function vSwitchCidrProblem(text: string, rules: NetworkRules): Problem | null {
  const { min, max } = rules.vSwitchMask;
  const found = blockOrProblem(text, rules.vSwitchMask, () =>
    problem(
      'InvalidCirdrBlock.MaskLength',
      `Specified CIDR block is not valid. The mask of a vSwitch's block must be ${min} to ${max} bits long.`,
    ),
  );
  return isProblem(found) ? found : null;
}

/** The field checks of the VPC and vSwitch forms, with the actions' codes. */
export const NETWORK_FIELD_CHECKS = {
  vpc: { nameProblem: vpcNameProblem, descriptionProblem: vpcDescriptionProblem, cidrProblem: vpcCidrProblem },
  vSwitch: {
    nameProblem: vSwitchNameProblem,
    descriptionProblem: vSwitchDescriptionProblem,
    cidrProblem: vSwitchCidrProblem,
  },
};
