import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { ChangeSecurityGroupsDialog } from '../../../../components/change-security-groups/change-security-groups-dialog.tsx';
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
  const [isOpen, setIsOpen] = useState(false);
  const modify = useModifyNetworkInterfaceSecurityGroups();
  return (
    <>
      <Button
        onClick={() => {
          modify.reset();
          setIsOpen(true);
        }}
      >
        Change Security Groups
      </Button>
      <ChangeSecurityGroupsDialog
        opened={isOpen}
        regionId={regionId}
        vpcId={vpcId}
        currentGroupIds={groupIds}
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
        onSubmit={(ids) =>
          modify.mutate(
            { RegionId: regionId, NetworkInterfaceId: networkInterfaceId, SecurityGroupId: ids },
            { onSuccess: () => setIsOpen(false) },
          )
        }
        onClose={() => setIsOpen(false)}
      />
    </>
  );
}
