import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { ChangeSecurityGroupsDialog } from '../../../../components/change-security-groups/change-security-groups-dialog.tsx';
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
  const [isOpen, setIsOpen] = useState(false);
  const modify = useModifyInstanceSecurityGroups();
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
            Instance{' '}
            <Text span ff="monospace" size="sm">
              {instanceId}
            </Text>
            : the security groups apply to its primary network interface.
          </>
        }
        isSaving={modify.isPending}
        error={modify.error}
        onSubmit={(ids) =>
          modify.mutate(
            { RegionId: regionId, InstanceId: instanceId, SecurityGroupIds: ids },
            { onSuccess: () => setIsOpen(false) },
          )
        }
        onClose={() => setIsOpen(false)}
      />
    </>
  );
}
