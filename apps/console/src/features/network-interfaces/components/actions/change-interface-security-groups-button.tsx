import { Text } from '@mantine/core';
import { ChangeSecurityGroupsButton } from '../../../../components/change-security-groups/change-security-groups-button.tsx';
import { useModifyNetworkInterfaceSecurityGroups } from '../../api/use-modify-network-interface-security-groups.ts';

interface ChangeInterfaceSecurityGroupsButtonProps {
  regionId: string;
  networkInterfaceId: string;
  vpcId: string;
  groupIds: readonly string[];
}

/** "Change Security Groups" of a network interface: ModifyNetworkInterfaceAttribute replaces its groups. */
export function ChangeInterfaceSecurityGroupsButton(props: ChangeInterfaceSecurityGroupsButtonProps) {
  const { regionId, networkInterfaceId, vpcId, groupIds } = props;
  const modify = useModifyNetworkInterfaceSecurityGroups();
  return (
    <ChangeSecurityGroupsButton
      regionId={regionId}
      vpcId={vpcId}
      groupIds={groupIds}
      target={
        <>
          Network interface{' '}
          <Text span ff="monospace" size="sm">
            {networkInterfaceId}
          </Text>
        </>
      }
      isSaving={modify.isPending}
      error={modify.error}
      onOpen={modify.reset}
      onSave={(ids, openedOn, onSaved) =>
        modify.mutate(
          { RegionId: regionId, NetworkInterfaceId: networkInterfaceId, SecurityGroupId: ids, openedOn },
          { onSuccess: onSaved },
        )
      }
    />
  );
}
