import { Button } from '@mantine/core';

/** Opens the Create Security Group dialog. (Placeholder: the dialog is being built.) */
export function CreateSecurityGroupButton({ regionId }: { regionId: string }) {
  void regionId;
  return <Button disabled>Create Security Group</Button>;
}
