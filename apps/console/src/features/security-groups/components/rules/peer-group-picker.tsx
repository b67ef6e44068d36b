import { useQuery } from '@tanstack/react-query';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { rulePeerGroupsQuery } from '../../api/rule-peer-group-queries.ts';
import { ObjectSelect, type ObjectPickerProps } from './object-select.tsx';

export interface PickerScope {
  regionId: string;
  vpcId: string;
  /** The group the rule belongs to ('' for one not created yet): never offered as its own peer. */
  groupId: string;
  /** Advanced groups cannot name security groups as authorization objects: the picker is then empty. */
  isAdvanced: boolean;
}

interface PeerGroupPickerProps extends ObjectPickerProps {
  scope: PickerScope;
}

export const ADVANCED_GROUP_NOTE = 'Advanced security groups cannot use security groups as authorization objects.';

/** Picks basic groups of the same VPC (not this one) as authorization objects. */
export function PeerGroupPicker({ scope, ...props }: PeerGroupPickerProps) {
  const engine = useEngine();
  const { regionId, vpcId, groupId, isAdvanced } = scope;
  const groups = useQuery({ ...rulePeerGroupsQuery(engine, regionId, vpcId, groupId), enabled: !isAdvanced });
  const data = isAdvanced
    ? []
    : (groups.data ?? []).map((g) => ({
        value: g.SecurityGroupId,
        label: `${g.SecurityGroupName || g.SecurityGroupId} (${g.SecurityGroupId})`,
      }));
  return (
    <ObjectSelect
      {...props}
      data={data}
      placeholder={isAdvanced ? 'Not available for advanced groups' : 'Select a security group'}
      title={isAdvanced ? ADVANCED_GROUP_NOTE : undefined}
      disabled={isAdvanced}
      nothingFoundMessage="No basic security group in this VPC"
    />
  );
}
