import { Anchor, Select, type SelectProps } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link, useParams } from 'react-router';
import { paths } from '../lib/paths.ts';
import { useCloudWords } from '../views/cloud-words.ts';

export type VSwitchView = ResponseOf<'DescribeVSwitches'>['VSwitches']['VSwitch'][number];

interface VSwitchSelectProps extends Omit<SelectProps, 'data' | 'label'> {
  /** The VPC chosen; its page is offered when it has no vSwitch. */
  vpcId: string;
  /** The VPC's vSwitches; undefined while they load. */
  vSwitches: VSwitchView[] | undefined;
}

/**
 * The vSwitch picker of the create dialogs, in the cloud's words (Tencent's and JD's "Subnet"): zone, block and free
 * addresses; a VPC without one says so.
 */
export function VSwitchSelect({ vpcId, vSwitches, ...props }: VSwitchSelectProps) {
  const { regionId = '' } = useParams();
  const words = useCloudWords();
  const none = vSwitches !== undefined && vSwitches.length === 0;
  return (
    <Select
      label={words.vSwitch}
      placeholder={none ? `The ${words.vpc} has no ${words.vSwitch}` : `Select a ${words.vSwitch}`}
      allowDeselect={false}
      data={(vSwitches ?? []).map((v) => ({
        value: v.VSwitchId,
        label: `${v.VSwitchName || v.VSwitchId} (${v.VSwitchId}, ${v.ZoneId}, ${v.CidrBlock}, ${v.AvailableIpAddressCount} free IPs)`,
      }))}
      comboboxProps={{ withinPortal: true }}
      description={
        none ? (
          <>
            This {words.vpc} has no {words.vSwitch} yet.{' '}
            <Anchor component={Link} to={paths.vpc(regionId, vpcId)} size="xs">
              {words.createVSwitch}
            </Anchor>
          </>
        ) : undefined
      }
      {...props}
    />
  );
}
