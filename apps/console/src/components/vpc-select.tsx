import { Anchor, Select, type SelectProps } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link, useParams } from 'react-router';
import { paths } from '../lib/paths.ts';
import { useCloudWords } from '../views/cloud-words.ts';

export type VpcView = ResponseOf<'DescribeVpcs'>['Vpcs']['Vpc'][number];

interface VpcSelectProps extends Omit<SelectProps, 'data' | 'label'> {
  vpcs: VpcView[];
  /** Offers the page's region's VPC page under the picker, as the cloud's create dialogs do ("Create VPC"). */
  withCreateLink?: boolean;
}

/**
 * The VPC picker of the create dialogs, in the cloud's words ("VPC", JD's "Virtual Private Cloud"): name and ID, so
 * two VPCs with one name stay apart.
 */
export function VpcSelect({ vpcs, withCreateLink, description, ...props }: VpcSelectProps) {
  const { regionId = '' } = useParams();
  const words = useCloudWords();
  const createLink = withCreateLink && (
    <Anchor component={Link} to={paths.vpcs(regionId)} size="xs">
      {words.createVpcLink}
    </Anchor>
  );
  return (
    <Select
      label={words.vpc}
      placeholder={vpcs.length === 0 ? `No ${words.vpc} in this region` : `Select a ${words.vpc}`}
      allowDeselect={false}
      data={vpcs.map((v) => ({ value: v.VpcId, label: `${v.VpcName || v.VpcId} (${v.VpcId}, ${v.CidrBlock})` }))}
      comboboxProps={{ withinPortal: true }}
      description={
        createLink ? (
          <>
            {description} {createLink}
          </>
        ) : (
          description
        )
      }
      {...props}
    />
  );
}
