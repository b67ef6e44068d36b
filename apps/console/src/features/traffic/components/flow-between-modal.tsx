import { Center, Loader, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../components/api-error.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { flowBetweenQuery } from '../api/traffic-queries.ts';
import { VerdictAnswer } from './verdict-answer.tsx';

interface FlowBetweenModalProps {
  regionId: string;
  /** Instance IDs; the modal is closed while either is ''. */
  from: string;
  to: string;
  protocol: string;
  port: string;
  nameOf: (instanceId: string) => string;
  /** The matrix's verdict for the pair (DescribeReachability's cell). */
  isAllowed: boolean;
  onClose: () => void;
}

/** A matrix cell explained: the source's outbound verdict and the destination's inbound one; both must allow. */
export function FlowBetweenModal({
  regionId,
  from,
  to,
  protocol,
  port,
  nameOf,
  isAllowed,
  onClose,
}: FlowBetweenModalProps) {
  const engine = useEngine();
  const query = useQuery(flowBetweenQuery(engine, regionId, from, to, protocol, port));
  const isOpen = from !== '' && to !== '';
  const flow = port.trim() ? `${protocol} ${port}` : protocol;
  const body = () => {
    if (query.isPending) {
      return (
        <Center py="md">
          <Loader size="sm" aria-label="Checking the flow" />
        </Center>
      );
    }
    if (query.error) return <ApiError error={query.error} title="The flow could not be checked" />;
    const { egress, ingress } = query.data;
    return (
      <Stack gap="lg">
        <Stack gap={2}>
          <Title order={2} c={isAllowed ? 'green.7' : 'red.7'}>
            {isAllowed ? 'Allowed' : 'Denied'}
          </Title>
          <Text size="sm" c="dimmed">
            A flow needs the outbound rules of its source and the inbound rules of its destination to allow it.
          </Text>
        </Stack>
        <VerdictAnswer regionId={regionId} verdict={egress} label={`Outbound on ${nameOf(from)}`} isCompact />
        <VerdictAnswer regionId={regionId} verdict={ingress} label={`Inbound on ${nameOf(to)}`} isCompact />
      </Stack>
    );
  };
  return (
    <Modal opened={isOpen} onClose={onClose} title={`${nameOf(from)} → ${nameOf(to)}, ${flow}`} size={1100}>
      {isOpen && body()}
    </Modal>
  );
}
