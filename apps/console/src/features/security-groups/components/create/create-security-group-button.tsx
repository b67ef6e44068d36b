import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../../lib/paths.ts';
import { CreateSecurityGroupDialog } from './create-security-group-dialog.tsx';
import { CREATED_PARAM, CREATED_WITHOUT_RULES } from './customize-next-step.tsx';

/** Opens the Create Security Group dialog; a new group opens on its details page. */
export function CreateSecurityGroupButton({ regionId }: { regionId: string }) {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>Create Security Group</Button>
      <CreateSecurityGroupDialog
        regionId={regionId}
        opened={opened}
        onClose={() => setOpened(false)}
        onCreated={(groupId, inboundRules) => {
          setOpened(false);
          // A group with no rules lets little in: its page offers to add rules right away (seed 000 "Results").
          const next = inboundRules === 0 ? `?${CREATED_PARAM}=${CREATED_WITHOUT_RULES}` : '';
          navigate(paths.securityGroup(regionId, groupId) + next);
        }}
      />
    </>
  );
}
