import { Center, Loader, Modal, type ModalProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useEngine } from '../lib/engine-provider.tsx';
import { vpcListQuery } from '../queries/vpc-queries.ts';
import { ApiError } from './api-error.tsx';
import type { VpcView } from './vpc-select.tsx';

interface VpcFormModalProps {
  title: string;
  regionId: string;
  opened: boolean;
  onClose: () => void;
  /** `xl` unless given (Create Security Group is wider: it holds rule rows). */
  size?: ModalProps['size'];
  /** The form, rendered once the region's VPCs are known. */
  children: (vpcs: VpcView[]) => ReactNode;
}

/** A dialog whose form needs the region's VPCs (Create Security Group, Create Instance). */
export function VpcFormModal({ title, regionId, opened, onClose, size = 'xl', children }: VpcFormModalProps) {
  const engine = useEngine();
  const vpcs = useQuery({ ...vpcListQuery(engine, regionId), enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      {vpcs.isPending ? (
        <Center py="xl">
          <Loader size="sm" aria-label="Loading VPCs" />
        </Center>
      ) : vpcs.error ? (
        <ApiError error={vpcs.error} title="Could not load the VPCs" />
      ) : (
        children(vpcs.data)
      )}
    </Modal>
  );
}
