import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { QueryContent } from '../../../components/query-content.tsx';
import type { VpcView } from '../../../components/vpc-select.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../views/cloud-words.ts';
import { zoneListQuery } from '../api/vpc-detail-queries.ts';
import { CreateVSwitchForm } from './create-vswitch-form.tsx';

interface CreateVSwitchButtonProps {
  regionId: string;
  vpc: VpcView;
}

/** "Create vSwitch" (Tencent's and JD's "Create Subnet") on a VPC's page; the form starts once the region's zones are known. */
export function CreateVSwitchButton({ regionId, vpc }: CreateVSwitchButtonProps) {
  const engine = useEngine();
  const words = useCloudWords();
  const [opened, { open, close }] = useDisclosure(false);
  const zones = useQuery({ ...zoneListQuery(engine, regionId), enabled: opened });
  return (
    <>
      <Button size="xs" onClick={open}>
        {words.createVSwitch}
      </Button>
      <Modal opened={opened} onClose={close} title={words.createVSwitch} size="lg" centered>
        <QueryContent query={zones} loadingLabel="Loading zones" errorTitle="Could not load the zones">
          {(data) => (
            <CreateVSwitchForm regionId={regionId} vpc={vpc} zones={data} onCancel={close} onCreated={close} />
          )}
        </QueryContent>
      </Modal>
    </>
  );
}
