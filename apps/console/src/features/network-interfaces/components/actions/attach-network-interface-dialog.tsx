import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ResponseOf } from '@sg/engine';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { attachableInstancesQuery } from '../../api/network-interface-queries.ts';
import { useAttachNetworkInterface } from '../../api/use-attach-network-interface.ts';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

interface AttachNetworkInterfaceDialogProps {
  regionId: string;
  eni: Eni;
  opened: boolean;
  onClose: () => void;
}

/** "Attach to Instance": an instance of the interface's VPC and zone; the engine checks status and quota. */
export function AttachNetworkInterfaceDialog({ regionId, eni, opened, onClose }: AttachNetworkInterfaceDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Attach to Instance" centered>
      <AttachForm regionId={regionId} eni={eni} onClose={onClose} />
    </Modal>
  );
}

function AttachForm({ regionId, eni, onClose }: Omit<AttachNetworkInterfaceDialogProps, 'opened'>) {
  const engine = useEngine();
  const instances = useQuery(attachableInstancesQuery(engine, regionId, eni.VpcId, eni.ZoneId));
  const attach = useAttachNetworkInterface();
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const handleSubmit = () => {
    if (!instanceId) return;
    attach.mutate(
      { RegionId: regionId, NetworkInterfaceId: eni.NetworkInterfaceId, InstanceId: instanceId },
      { onSuccess: onClose },
    );
  };
  return (
    <Stack gap="md">
      <Text size="sm">
        Network interface{' '}
        <Text span ff="monospace" size="sm">
          {eni.NetworkInterfaceId}
        </Text>{' '}
        keeps its own security groups. Instances of its VPC and zone ({eni.ZoneId}) are listed.
      </Text>
      <Select
        label="Instance"
        placeholder={instances.isPending ? 'Loading instances…' : 'Select an instance'}
        searchable
        data={(instances.data ?? []).map((i) => ({
          value: i.InstanceId,
          label: `${i.InstanceName} (${i.InstanceId}, ${i.Status})`,
        }))}
        value={instanceId}
        onChange={setInstanceId}
        nothingFoundMessage="No instance in this VPC and zone"
        comboboxProps={{ withinPortal: true }}
      />
      {instances.error && <ApiError error={instances.error} title="Could not load the instances" />}
      {attach.error && <ApiError error={attach.error} title="The network interface was not attached" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={handleSubmit} disabled={!instanceId} loading={attach.isPending}>
          OK
        </Button>
      </Group>
    </Stack>
  );
}
