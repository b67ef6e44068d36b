import { Alert, Anchor, Modal, type ModalProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useEngine } from '../lib/engine-provider.tsx';
import { paths } from '../lib/paths.ts';
import { vpcListQuery } from '../queries/vpc-queries.ts';
import { useCloudWords } from '../views/cloud-words.ts';
import { QueryContent } from './query-content.tsx';
import type { VpcView } from './vpc-select.tsx';

interface VpcFormModalProps {
  title: string;
  regionId: string;
  opened: boolean;
  onClose: () => void;
  /** `xl` unless given (Create Security Group is wider: it holds rule rows). */
  size?: ModalProps['size'];
  /**
   * Without a VPC: `alert` (the default) shows the way to the VPC page instead of the form; `form` renders the form
   * anyway, for dialogs whose VPC field offers that way itself (JD's asks for the VPC first).
   */
  whenNoVpc?: 'alert' | 'form';
  /** The form, rendered once the region's VPCs are known (and, unless `whenNoVpc` is `form`, there is one). */
  children: (vpcs: VpcView[]) => ReactNode;
}

/**
 * A dialog whose form needs the region's VPCs (Create Security Group, Create Instance, Create Network Interface). A
 * region without one gets the way to the VPC page instead of a form with nothing to choose.
 */
export function VpcFormModal(props: VpcFormModalProps) {
  const { title, regionId, opened, onClose, size = 'xl', whenNoVpc = 'alert', children } = props;
  const engine = useEngine();
  const words = useCloudWords();
  const vpcs = useQuery({ ...vpcListQuery(engine, regionId), enabled: opened });
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size} centered>
      <QueryContent query={vpcs} loadingLabel="Loading VPCs" errorTitle="Could not load the VPCs">
        {(data) =>
          data.length > 0 || whenNoVpc === 'form' ? (
            children(data)
          ) : (
            <Alert color="blue" title={`No ${words.vpc} in this region`}>
              Security groups, instances and network interfaces belong to a {words.vpc}, and this region has none yet.{' '}
              <Anchor component={Link} to={paths.vpcs(regionId)} size="sm">
                Go to the {words.vpc} console to create one
              </Anchor>
              .
            </Alert>
          )
        }
      </QueryContent>
    </Modal>
  );
}
