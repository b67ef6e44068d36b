import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Engine, ParamsOf } from '@sg/engine';

/** The evaluation actions (read-only): what an interface's groups let through. */
export const trafficKeys = {
  all: ['traffic'] as const,
  effectiveRules: (regionId: string, eniId: string) =>
    [...trafficKeys.all, regionId, 'effective-rules', eniId] as const,
  verdict: (params: ParamsOf<'EvaluateTraffic'>) => [...trafficKeys.all, params.RegionId, 'verdict', params] as const,
  between: (regionId: string, from: string, to: string, protocol: string, port: string) =>
    [...trafficKeys.all, regionId, 'between', from, to, protocol, port] as const,
  reachability: (regionId: string, vpcId: string, protocol: string, port: string) =>
    [...trafficKeys.all, regionId, 'reachability', vpcId, protocol, port] as const,
  peers: (regionId: string) => [...trafficKeys.all, regionId, 'peers'] as const,
};

export function effectiveRulesQuery(engine: Engine, regionId: string, eniId: string) {
  return queryOptions({
    queryKey: trafficKeys.effectiveRules(regionId, eniId),
    queryFn: () => engine.call('DescribeEffectiveRules', { RegionId: regionId, NetworkInterfaceId: eniId }),
    select: (res) => res.EffectiveRules.EffectiveRule,
  });
}

/** One flow's verdict; `enabled` false until the flow names its other end. */
export function evaluateTrafficQuery(engine: Engine, params: ParamsOf<'EvaluateTraffic'>, enabled: boolean) {
  return queryOptions({
    queryKey: trafficKeys.verdict(params),
    queryFn: () => engine.call('EvaluateTraffic', params),
    enabled,
  });
}

/** A VPC's instances × instances on one protocol and port. */
export function reachabilityQuery(engine: Engine, regionId: string, vpcId: string, protocol: string, port: string) {
  return queryOptions({
    queryKey: trafficKeys.reachability(regionId, vpcId, protocol, port),
    queryFn: () =>
      engine.call('DescribeReachability', {
        RegionId: regionId,
        VpcId: vpcId,
        IpProtocol: protocol,
        Port: port.trim() === '' ? undefined : Number(port),
      }),
    enabled: vpcId !== '',
    placeholderData: keepPreviousData,
  });
}

/**
 * A flow started by one instance towards another: the source's outbound verdict and the destination's inbound
 * verdict (both must allow it), each with its trace.
 */
export function flowBetweenQuery(
  engine: Engine,
  regionId: string,
  from: string,
  to: string,
  protocol: string,
  port: string,
) {
  const base = { RegionId: regionId, IpProtocol: protocol, Port: port.trim() === '' ? undefined : Number(port) };
  return queryOptions({
    queryKey: trafficKeys.between(regionId, from, to, protocol, port),
    queryFn: async () => ({
      egress: await engine.call('EvaluateTraffic', {
        ...base,
        InstanceId: from,
        Direction: 'egress',
        PeerInstanceId: to,
      }),
      ingress: await engine.call('EvaluateTraffic', {
        ...base,
        InstanceId: to,
        Direction: 'ingress',
        PeerInstanceId: from,
      }),
    }),
    enabled: from !== '' && to !== '',
  });
}

/** A possible other end of a flow: `value` is `instance:<id>` or `eni:<id>`; `name` is how a flow names it. */
export interface PeerChoice {
  value: string;
  label: string;
  name: string;
}

/** What can be the other end of a flow: the region's instances and network interfaces. */
export function peerChoicesQuery(engine: Engine, regionId: string) {
  return queryOptions({
    queryKey: trafficKeys.peers(regionId),
    queryFn: async () => {
      const instances = await engine.call('DescribeInstances', { RegionId: regionId, PageSize: 100 });
      const enis = await engine.call('DescribeNetworkInterfaces', { RegionId: regionId, MaxResults: 500 });
      return {
        instances: instances.Instances.Instance.map((i): PeerChoice => ({
          value: `instance:${i.InstanceId}`,
          label: `${i.InstanceName} (${i.InstanceId}, ${i.VpcAttributes.PrivateIpAddress.IpAddress.join(', ')})`,
          name: i.InstanceName || i.InstanceId,
        })),
        interfaces: enis.NetworkInterfaceSets.NetworkInterfaceSet.map((eni): PeerChoice => ({
          value: `eni:${eni.NetworkInterfaceId}`,
          label: `${eni.NetworkInterfaceId} (${[eni.NetworkInterfaceName, eni.PrivateIpAddress].filter(Boolean).join(', ')})`,
          name: eni.NetworkInterfaceId,
        })),
      };
    },
  });
}
