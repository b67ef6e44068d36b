import { Stack, Switch, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { useModifySecurityGroupDeletionProtection } from '../../api/use-modify-security-group-deletion-protection.ts';

type Attribute = ResponseOf<'DescribeSecurityGroupAttribute'>;

/** Turns deletion protection on at once; turning it off asks first, since it lets the group be deleted. */
export function DeletionProtectionSwitch({ group, isDisabled }: { group: Attribute; isDisabled: boolean }) {
  const modify = useModifySecurityGroupDeletionProtection();
  const [isConfirming, setIsConfirming] = useState(false);
  const ids = { RegionId: group.RegionId, SecurityGroupId: group.SecurityGroupId };
  const handleChange = (on: boolean) => {
    modify.reset();
    if (on) modify.mutate({ ...ids, DeletionProtection: true });
    else setIsConfirming(true);
  };
  const handleClose = () => {
    setIsConfirming(false);
    modify.reset();
  };
  return (
    <Stack gap={4}>
      <Switch
        aria-label="Deletion Protection"
        label={group.DeletionProtection ? 'Enabled' : 'Disabled'}
        checked={group.DeletionProtection}
        disabled={isDisabled || modify.isPending}
        onChange={(event) => handleChange(event.currentTarget.checked)}
      />
      {modify.error && !isConfirming && <ApiError error={modify.error} title="Could not change deletion protection" />}
      <ConfirmDialog
        opened={isConfirming}
        title="Disable Deletion Protection"
        confirmLabel="OK"
        isLoading={modify.isPending}
        onConfirm={() => modify.mutate({ ...ids, DeletionProtection: false }, { onSuccess: handleClose })}
        onClose={handleClose}
      >
        <Text size="sm">
          Disable deletion protection for {group.SecurityGroupName || group.SecurityGroupId}? The security group can
          then be deleted.
        </Text>
        {modify.error && <ApiError error={modify.error} title="Could not change deletion protection" />}
      </ConfirmDialog>
    </Stack>
  );
}
