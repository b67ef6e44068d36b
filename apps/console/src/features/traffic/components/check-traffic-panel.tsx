import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isEngineError } from '@sg/engine';
import { ApiError } from '../../../components/api-error.tsx';
import { useEngine } from '../../../lib/engine-provider.tsx';
import { problemText } from '../../../views/problem-text.ts';
import { evaluateTrafficParams, type FlowPeer, type TrafficFlow } from '../../../views/traffic-flow.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { isWatched, useWatchedFlows } from '../../../stores/watched-flows-store.ts';
import { evaluateTrafficQuery } from '../api/traffic-queries.ts';
import { CheckTrafficFields, FLOW_KEYS, type FlowField } from './check-traffic-fields.tsx';
import { usePeerOfValue } from './peer-select.tsx';
import { VerdictAnswer } from './verdict-answer.tsx';
import { WatchedFlowList } from './watched-flow-list.tsx';

/** Which field an engine error is about, from the parameter it names. */
const FIELD_OF: Record<string, FlowField> = {
  Direction: 'direction',
  IpProtocol: 'protocol',
  Port: 'port',
  PeerIp: 'peer',
  PeerInstanceId: 'peer',
  PeerNetworkInterfaceId: 'peer',
};

/** "Check traffic": the engine's verdict on one flow of the interface, answered as the flow is typed. */
export function CheckTrafficPanel({ regionId, networkInterfaceId }: { regionId: string; networkInterfaceId: string }) {
  const engine = useEngine();
  const [values, setValues] = useUrlState(FLOW_KEYS);
  const resourcePeer = usePeerOfValue(regionId, values.flowPeer);
  const ip = values.flowPeerIp.trim();
  const peer: FlowPeer | null =
    values.flowPeerType === 'resource' ? resourcePeer : ip ? { kind: 'ip', id: ip, label: ip } : null;
  const flow: TrafficFlow = {
    regionId,
    networkInterfaceId,
    direction: values.flowDirection === 'egress' ? 'egress' : 'ingress',
    protocol: values.flowProtocol || 'TCP',
    port: values.flowPort,
    peer: peer ?? { kind: 'ip', id: '', label: '' },
  };
  const verdict = useQuery(evaluateTrafficQuery(engine, evaluateTrafficParams(flow), peer !== null));
  const { flows, flowWatched } = useWatchedFlows();

  const error = verdict.error;
  const field = isEngineError(error) ? FIELD_OF[error.Field ?? ''] : undefined;
  const errors = field && isEngineError(error) ? { [field]: problemText(error) ?? '' } : {};
  const watched = isWatched(flows, flow);
  return (
    <Stack gap="md">
      <CheckTrafficFields regionId={regionId} values={values} errors={errors} onChange={setValues} />
      {!peer && (
        <Text size="sm" c="dimmed">
          Enter the other end of the flow, an IP address or an instance or network interface, to see whether the
          security groups of {networkInterfaceId} allow it.
        </Text>
      )}
      {error && !field && <ApiError error={error} title="The flow could not be checked" />}
      {verdict.data && (
        <>
          <Group>
            <Button variant="default" disabled={watched} onClick={() => flowWatched(flow)}>
              {watched ? 'Watching this flow' : 'Watch this flow'}
            </Button>
            <Text size="xs" c="dimmed">
              Watched flows appear in the rule editor, which shows what an unsaved change would open or close.
            </Text>
          </Group>
          <VerdictAnswer regionId={regionId} verdict={verdict.data} label="Check traffic answer" />
        </>
      )}
      <WatchedFlowList networkInterfaceId={networkInterfaceId} />
    </Stack>
  );
}
