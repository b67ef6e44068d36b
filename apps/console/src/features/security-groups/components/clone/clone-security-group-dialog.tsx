import { Center, Loader, Modal } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { paths } from '../../../../lib/paths.ts';
import { regionsQuery } from '../../../../queries/region-queries.ts';
import { CloneSecurityGroupForm } from './clone-security-group-form.tsx';
import type { CloneSource } from './use-clone-security-group-form.ts';

interface CloneSecurityGroupDialogProps {
  regionId: string;
  /** The group to clone; the dialog is open while there is one. */
  source: CloneSource | null;
  onClose: () => void;
}

/** "Clone Security Group" (SEED004): the new group opens in its region once it is made. */
export function CloneSecurityGroupDialog({ regionId, source, onClose }: CloneSecurityGroupDialogProps) {
  const engine = useEngine();
  const navigate = useNavigate();
  const regions = useQuery({ ...regionsQuery(engine), enabled: source !== null });
  return (
    <Modal opened={source !== null} onClose={onClose} title="Clone Security Group" size={1100} centered>
      {regions.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading regions" />
        </Center>
      ) : regions.error ? (
        <ApiError error={regions.error} title="Could not load the regions" />
      ) : (
        source && (
          <CloneSecurityGroupForm
            key={source.SecurityGroupId}
            regionId={regionId}
            source={source}
            regions={regions.data}
            onCancel={onClose}
            onCloned={(destination, groupId) => {
              onClose();
              navigate(paths.securityGroup(destination, groupId));
            }}
          />
        )
      )}
    </Modal>
  );
}
