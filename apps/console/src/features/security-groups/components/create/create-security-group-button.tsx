import { Button } from '@mantine/core';
import type { CloudName } from '@sg/engine';
import { useState, type ComponentType } from 'react';
import { useNavigate } from 'react-router';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { paths } from '../../../../lib/paths.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import type { CreateGroupDialogProps } from './create-group-dialog-props.ts';
import { CREATED_PARAM, CREATED_WITHOUT_RULES } from './customize-next-step.tsx';

/**
 * Each cloud console's own create dialog (seeds 000/004, 002, 003); what each may create is the engine's. Each is
 * its own chunk, loaded when the dialog first opens: the list page does not carry the forms.
 */
const CREATE_DIALOGS: Readonly<Record<CloudName, ComponentType<CreateGroupDialogProps>>> = {
  alibaba: lazyNamed(() => import('./alibaba-create-dialog.tsx'), 'AlibabaCreateDialog'),
  tencent: lazyNamed(() => import('./tencent-create-dialog.tsx'), 'TencentCreateDialog'),
  jdcloud: lazyNamed(() => import('./jdcloud-create-dialog.tsx'), 'JdcloudCreateDialog'),
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
      <OnceOpened opened={opened}>
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
      </OnceOpened>
    </>
  );
}
