import { Text } from '@mantine/core';
import { ChangeSecurityGroupsButton } from '../../../../components/change-security-groups/change-security-groups-button.tsx';
import { useModifyInstanceSecurityGroups } from '../../api/use-modify-instance-security-groups.ts';

interface ChangeInstanceSecurityGroupsButtonProps {
  regionId: string;
  instanceId: string;
  vpcId: string;
  groupIds: readonly string[];
}

/** "Change Security Groups" of an instance: ModifyInstanceAttribute replaces its primary interface's groups. */
export function ChangeInstanceSecurityGroupsButton(props: ChangeInstanceSecurityGroupsButtonProps) {
  const { regionId, instanceId, vpcId, groupIds } = props;
  const modify = useModifyInstanceSecurityGroups();
  return (
    <ChangeSecurityGroupsButton
      regionId={regionId}
      vpcId={vpcId}
      groupIds={groupIds}
      target={
        <>
          Instance{' '}
          <Text span ff="monospace" size="sm">
            {instanceId}
          </Text>
          : the security groups apply to its primary network interface.
        </>
      }
      isSaving={modify.isPending}
      error={modify.error}
      onOpen={modify.reset}
      onSave={(ids, openedOn, onSaved) =>
        modify.mutate(
          { RegionId: regionId, InstanceId: instanceId, SecurityGroupIds: ids, openedOn },
          { onSuccess: onSaved },
        )
      }
    />
  );
}
