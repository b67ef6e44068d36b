import { Button } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ChangeSecurityGroupsDialog } from './change-security-groups-dialog.tsx';

interface ChangeSecurityGroupsButtonProps {
  regionId: string;
  vpcId: string;
  groupIds: readonly string[];
  /** Says what the groups apply to (an instance's primary interface, or a network interface). */
  target: ReactNode;
  isSaving: boolean;
  error: unknown;
  /** Called when the dialog opens, to clear the last attempt's error. */
  onOpen: () => void;
  /** Sends the whole new set in one call, unless the set changed since `openedOn`; `onSaved` closes the dialog. */
  onSave: (groupIds: string[], openedOn: readonly string[], onSaved: () => void) => void;
}

/** "Change Security Groups": the button and its dialog, for whichever action replaces the set. */
export function ChangeSecurityGroupsButton(props: ChangeSecurityGroupsButtonProps) {
  const { regionId, vpcId, groupIds, target, isSaving, error, onOpen, onSave } = props;
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      <Button
        onClick={() => {
          onOpen();
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
        target={target}
        isSaving={isSaving}
        error={error}
        onSubmit={(ids, openedOn) => onSave(ids, openedOn, () => setIsOpen(false))}
        onClose={() => setIsOpen(false)}
      />
    </>
  );
}
