import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { ConfirmDialog } from '../../../../components/confirm-dialog.tsx';
import { useDeleteNetworkInterface } from '../../api/use-delete-network-interface.ts';
import { useDetachNetworkInterface } from '../../api/use-detach-network-interface.ts';
import { AttachNetworkInterfaceDialog } from './attach-network-interface-dialog.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

interface NetworkInterfaceActionsProps {
  regionId: string;
  eni: Eni;
  size?: ButtonProps['size'];
  /** After a delete: a details page leads away from the deleted interface. */
  onDeleted?: () => void;
}

type Open = 'attach' | 'detach' | 'delete' | null;

const Id = ({ children }: { children: string }) => (
  <Text span ff="monospace" size="sm">
    {children}
  </Text>
);

/** Attach, Detach and Delete of a secondary interface (a primary one stays with its instance). */
export function NetworkInterfaceActions({ regionId, eni, size = 'xs', onDeleted }: NetworkInterfaceActionsProps) {
  const [open, setOpen] = useState<Open>(null);
  const detach = useDetachNetworkInterface();
  const remove = useDeleteNetworkInterface();
  if (eni.Type !== 'Secondary') return null;
  const isAttached = eni.Status === 'InUse';
  const show = (which: Open) => {
    detach.reset();
    remove.reset();
    setOpen(which);
  };
  const close = () => setOpen(null);
  const params = { RegionId: regionId, NetworkInterfaceId: eni.NetworkInterfaceId };
  return (
    <>
      <Group gap={4} wrap="nowrap">
        {isAttached ? (
          <Button size={size} variant="default" onClick={() => show('detach')}>
            Detach
          </Button>
        ) : (
          <Button size={size} variant="default" onClick={() => show('attach')}>
            Attach
          </Button>
        )}
        <Button size={size} variant="light" color="red" disabled={isAttached} onClick={() => show('delete')}>
          Delete
        </Button>
      </Group>
      <AttachNetworkInterfaceDialog regionId={regionId} eni={eni} opened={open === 'attach'} onClose={close} />
      <ConfirmDialog
        opened={open === 'detach'}
        title="Detach Network Interface"
        confirmLabel="Detach"
        isLoading={detach.isPending}
        onConfirm={() => detach.mutate({ ...params, InstanceId: eni.InstanceId }, { onSuccess: close })}
        onClose={close}
      >
        <Text size="sm">
          Detach <Id>{eni.NetworkInterfaceId}</Id> from the instance <Id>{eni.InstanceId}</Id>? It keeps its address and
          security groups.
        </Text>
        {detach.error && <ApiError error={detach.error} title="The network interface was not detached" />}
      </ConfirmDialog>
      <ConfirmDialog
        opened={open === 'delete'}
        title="Delete Network Interface"
        confirmLabel="Delete"
        isDanger
        isLoading={remove.isPending}
        onConfirm={() =>
          remove.mutate(params, {
            onSuccess: () => {
              close();
              onDeleted?.();
            },
          })
        }
        onClose={close}
      >
        <Text size="sm">
          Delete <Id>{eni.NetworkInterfaceId}</Id>? Its private IP address {eni.PrivateIpAddress} is released. This
          cannot be undone.
        </Text>
        {remove.error && <ApiError error={remove.error} title="The network interface was not deleted" />}
      </ConfirmDialog>
    </>
  );
}
