import { Select, type SelectProps } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';

export type VpcView = ResponseOf<'DescribeVpcs'>['Vpcs']['Vpc'][number];

interface VpcSelectProps extends Omit<SelectProps, 'data' | 'label'> {
  vpcs: VpcView[];
}

/** The "VPC" picker of the create dialogs: name and ID, so two VPCs with one name stay apart. */
export function VpcSelect({ vpcs, ...props }: VpcSelectProps) {
  return (
    <Select
      label="VPC"
      placeholder="Select a VPC"
      allowDeselect={false}
      data={vpcs.map((v) => ({ value: v.VpcId, label: `${v.VpcName || v.VpcId} (${v.VpcId}, ${v.CidrBlock})` }))}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
