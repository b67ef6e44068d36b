import { fail } from '../../errors.ts';

/** 2–128 characters, starting with a letter (any script): letters, digits, `:` `_` `.` `-`. */
const NAME = /^\p{L}[\p{L}\p{Nd}:_.-]{1,127}$/u;
/** `k8s-node-[1,4]-web`: numbers from 1, four digits wide, between a prefix and a suffix. */
const SEQUENCE = /\[(\d{1,9}),(\d)\]/;

/**
 * The names of `amount` new instances; '' where the instance takes its ID as its name.
 * A `[begin,bits]` sequence numbers them; otherwise UniqueSuffix appends 001, 002... (only to a batch).
 * @throws InvalidInstanceName.Malformed, InvalidParams.InstanceNameExceed
 */
export function instanceNames(name: string, amount: number, uniqueSuffix: boolean): string[] {
  if (name === '') return Array.from({ length: amount }, () => '');
  const sequence = SEQUENCE.exec(name);
  let names: string[];
  if (sequence) {
    const begin = Number(sequence[1]);
    const bits = Number(sequence[2]);
    names = Array.from({ length: amount }, (_, i) => name.replace(SEQUENCE, String(begin + i).padStart(bits, '0')));
  } else if (uniqueSuffix && amount > 1) {
    if (name.length + 3 > 128) {
      fail(
        'InvalidParams.InstanceNameExceed',
        'The uniqueSuffix takes three naming places, please shorten your InstanceName.',
        403,
        'InstanceName',
      );
    }
    names = Array.from({ length: amount }, (_, i) => `${name}${String(i + 1).padStart(3, '0')}`);
  } else {
    names = Array.from({ length: amount }, () => name);
  }
  names.forEach(assertInstanceName);
  return names;
}

/** One instance name as it will be stored (ModifyInstanceAttribute takes no sequence). @throws InvalidInstanceName.Malformed */
export function assertInstanceName(name: string): void {
  if (!NAME.test(name) || /^https?:\/\//i.test(name)) {
    fail('InvalidInstanceName.Malformed', 'The specified parameter "InstanceName" is not valid.', 400, 'InstanceName');
  }
}
