import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { rulePeerGroupsQuery } from '../../api/rule-peer-group-queries.ts';

interface PeerGroupPickerProps {
  regionId: string;
  vpcId: string;
  groupId: string;
  /** Advanced groups cannot name security groups as authorization objects: the picker is then empty. */
  isAdvanced: boolean;
  ariaLabel: string;
  onPick: (groupId: string) => void;
}

export const ADVANCED_GROUP_NOTE = 'Advanced security groups cannot use security groups as authorization objects.';

/** Picks a basic group of the same VPC (not this one) as authorization object. */
export function PeerGroupPicker({ regionId, vpcId, groupId, isAdvanced, ariaLabel, onPick }: PeerGroupPickerProps) {
  const engine = useEngine();
  const groups = useQuery({ ...rulePeerGroupsQuery(engine, regionId, vpcId, groupId), enabled: !isAdvanced });
  const data = isAdvanced
    ? []
    : (groups.data ?? []).map((g) => ({
        value: g.SecurityGroupId,
        label: `${g.SecurityGroupName || g.SecurityGroupId} (${g.SecurityGroupId})`,
      }));
  return (
    <Select
      label="Security Group"
      aria-label={ariaLabel}
      placeholder={isAdvanced ? 'Not available for advanced groups' : 'Select a security group'}
      title={isAdvanced ? ADVANCED_GROUP_NOTE : undefined}
      data={data}
      value={null}
      onChange={(value) => value && onPick(value)}
      disabled={isAdvanced}
      searchable
      nothingFoundMessage="No basic security group in this VPC"
      comboboxProps={{ withinPortal: true, width: 360, position: 'bottom-start' }}
    />
  );
}
