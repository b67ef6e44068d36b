import { Button } from '@mantine/core';
import type { CloudName } from '@sg/engine';
import { useState, type ComponentType } from 'react';
import { useNavigate } from 'react-router';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { paths } from '../../../../lib/paths.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { AlibabaCreateDialog } from './alibaba-create-dialog.tsx';
import type { CreateGroupDialogProps } from './create-group-dialog-props.ts';
import { CREATED_PARAM, CREATED_WITHOUT_RULES } from './customize-next-step.tsx';
import { JdcloudCreateDialog } from './jdcloud-create-dialog.tsx';
import { TencentCreateDialog } from './tencent-create-dialog.tsx';

/** Each cloud console's own create dialog (seeds 000/004, 002, 003); what each may create is the engine's. */
const CREATE_DIALOGS: Readonly<Record<CloudName, ComponentType<CreateGroupDialogProps>>> = {
  alibaba: AlibabaCreateDialog,
  tencent: TencentCreateDialog,
  jdcloud: JdcloudCreateDialog,
};

/** The cloud's create button ("Create Security Group", "+New", "Create"); a new group opens on its details page. */
export function CreateSecurityGroupButton({ regionId }: { regionId: string }) {
  const navigate = useNavigate();
  const words = useCloudWords();
  const Dialog = CREATE_DIALOGS[useEngine().profile.name];
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button onClick={() => setOpened(true)}>{words.createGroupButton}</Button>
      <Dialog
        regionId={regionId}
        opened={opened}
        onClose={() => setOpened(false)}
        onCreated={(groupId, inboundRules) => {
          setOpened(false);
          // A group with no rules lets little in: its page offers to add rules right away (seed 000 "Results",
          // seed 002 "Add rules now").
          const next = inboundRules === 0 ? `?${CREATED_PARAM}=${CREATED_WITHOUT_RULES}` : '';
          navigate(paths.securityGroup(regionId, groupId) + next);
        }}
      />
    </>
  );
}
