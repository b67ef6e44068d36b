import { fail } from '../../errors.ts';
import { descriptionProblem } from '../../validate/names.ts';
import { optionalString } from '../../validate/params.ts';
import { assertNoProblem } from '../../validate/problem.ts';

/**
 * NetworkInterfaceName: optional; else 2–128 characters starting with a letter (any script), then letters,
 * digits, `:` `_` `.` `-`, not starting with http:// or https://. The real API documents no code of its own for
 * a bad name; `InvalidNetworkInterfaceName.Malformed` follows the other resources' pattern (our choice).
 * @throws InvalidParameter, InvalidNetworkInterfaceName.Malformed
 */
export function readInterfaceName(value: unknown): string {
  const name = optionalString(value, 'NetworkInterfaceName');
  if (name !== '' && (!/^\p{L}[\p{L}\p{Nd}:_.-]{1,127}$/u.test(name) || /^https?:\/\//i.test(name))) {
    fail(
      'InvalidNetworkInterfaceName.Malformed',
      'The specified parameter NetworkInterfaceName is not valid. It must be 2 to 128 characters in length, start with a letter, and can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-).',
      400,
      'NetworkInterfaceName',
    );
  }
  return name;
}

/** @throws InvalidParameter, InvalidDescription.Malformed */
export function readInterfaceDescription(value: unknown): string {
  const description = optionalString(value, 'Description');
  assertNoProblem(descriptionProblem(description), 'Description');
  return description;
}

/** True when an optional text parameter was given at all ('' included): Modify* leave absent fields alone. */
export function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}
