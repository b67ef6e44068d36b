/**
 * What an instance type name tells of its hardware, as DescribeInstances answers it: the family (`ecs.g7` of
 * `ecs.g7.large`), vCPUs by size and memory by family. The emulator's table, modelled on the published g7, c7 and r7
 * sizes (large 2 vCPUs, xlarge 4, Nxlarge 4·N; memory per vCPU 4 GiB for g, 2 for c, 8 for r, 4 otherwise); real types
 * outside those families differ.
 */
const CPU_BY_SIZE: Record<string, number> = { small: 1, medium: 1, large: 2, xlarge: 4 };
const GIB_PER_CPU: Record<string, number> = { g: 4, c: 2, r: 8 };

export interface InstanceHardware {
  InstanceTypeFamily: string;
  Cpu: number;
  /** MiB, as the API answers it. */
  Memory: number;
}

export function hardwareOf(instanceType: string): InstanceHardware {
  const parts = instanceType.split('.');
  const size = parts.at(-1) ?? '';
  const family = parts.slice(0, -1).join('.');
  const multiple = /^(\d+)xlarge$/.exec(size);
  const cpu = CPU_BY_SIZE[size] ?? (multiple ? 4 * Number(multiple[1]) : 2);
  const letter = /^[a-z]+/.exec(parts[1] ?? '')?.[0] ?? '';
  return { InstanceTypeFamily: family, Cpu: cpu, Memory: cpu * (GIB_PER_CPU[letter] ?? 4) * 1024 };
}
