/**
 * How many network interfaces (primary included) an instance type may hold. The real numbers are per type
 * (DescribeInstanceTypes `EniQuantity`); the emulator models them on the g7 family's published sizes:
 * `large` 3, `xlarge` and `2xlarge` 4, `3xlarge` and bigger 8. So the default type, ecs.g7.large, takes a
 * primary and two secondary interfaces. An unknown size gets the `large` value. The table is the emulator's
 * choice, not a documented list.
 */
const BY_SIZE: Record<string, number> = {
  small: 2,
  medium: 2,
  large: 3,
  xlarge: 4,
  '2xlarge': 4,
};
const LARGE_SIZES = 8;
const DEFAULT_SIZE = 3;

export function interfaceQuota(instanceType: string): number {
  const size = instanceType.split('.').at(-1) ?? '';
  const known = BY_SIZE[size];
  if (known !== undefined) return known;
  return /^\d+xlarge$/.test(size) ? LARGE_SIZES : DEFAULT_SIZE;
}
