import { describe, expect, it } from 'vitest';
import { group, networkInterface, rule as r } from '../test/evaluation-fixtures.ts';
import { evaluateFlowBetween } from './evaluate-traffic.ts';
import { createEvaluationIndex } from './evaluation-index.ts';
import { interfacesThatCanReach, reachabilityMatrix } from './reachability.ts';

function world() {
  const groups = [
    group('sg-bastion', []),
    group('sg-app', [r('ssh-from-bastion', 'ingress', 'accept', 1, 'TCP', '22/22', 'sg-bastion')], { policy: 'Drop' }),
    group('sg-locked', [r('out-ssh', 'egress', 'accept', 1, 'TCP', '22/22', '172.16.0.0/12')], { type: 'enterprise' }),
    group('sg-quiet', [r('no-out', 'egress', 'drop', 1, 'ALL', '-1/-1', '0.0.0.0/0')]),
    group('sg-quintuple', [
      r('only-from-.50', 'egress', 'drop', 1, 'TCP', '22/22', '0.0.0.0/0', { SourceCidrIp: '172.16.1.50/32' }),
    ]),
  ];
  const interfaces = [
    networkInterface('eni-app', '172.16.1.10', ['sg-app']),
    networkInterface('eni-app2', '172.16.1.11', ['sg-app']),
    networkInterface('eni-bastion', '172.16.1.20', ['sg-bastion']),
    networkInterface('eni-bastion2', '172.16.1.21', ['sg-bastion']),
    networkInterface('eni-locked', '172.16.1.30', ['sg-locked']),
    networkInterface('eni-quiet', '172.16.1.40', ['sg-quiet', 'sg-bastion']),
    networkInterface('eni-q50', '172.16.1.50', ['sg-quintuple', 'sg-bastion']),
    networkInterface('eni-q51', '172.16.1.51', ['sg-quintuple', 'sg-bastion']),
    networkInterface('eni-elsewhere', '172.16.1.60', ['sg-bastion'], 'vpc-other'),
  ];
  return { index: createEvaluationIndex({ groups, interfaces }), interfaces };
}

describe('interfacesThatCanReach', () => {
  it('lists the sources whose egress and the destination ingress both allow the flow, same VPC only', () => {
    const { index, interfaces } = world();
    const app = interfaces[0]!;
    // Bastions: allowed. app2: same Drop group, no rule. locked: its group is not sg-bastion. quiet: egress drop.
    // q50: its quintuple drop names its own address; q51 is outside it. elsewhere: another VPC.
    expect(interfacesThatCanReach(index, app, 'TCP', 22)).toEqual(['eni-bastion', 'eni-bastion2', 'eni-q51']);
    expect(interfacesThatCanReach(index, app, 'TCP', 23)).toEqual([]);
  });

  it('agrees with evaluateFlowBetween pair by pair', () => {
    const { index, interfaces } = world();
    const sameVpc = interfaces.filter((e) => e.VpcId === 'vpc-test');
    for (const destination of sameVpc) {
      const expected = sameVpc
        .filter((s) => s !== destination && evaluateFlowBetween(index, s, destination, 'TCP', 22).Allowed)
        .map((s) => s.NetworkInterfaceId)
        .sort();
      expect(interfacesThatCanReach(index, destination, 'TCP', 22)).toEqual(expected);
    }
  });
});

describe('reachabilityMatrix', () => {
  it('is null on the diagonal, false across VPCs, and agrees with evaluateFlowBetween', () => {
    const { index, interfaces } = world();
    const matrix = reachabilityMatrix(index, interfaces, 'TCP', 22);
    interfaces.forEach((source, i) =>
      interfaces.forEach((destination, j) => {
        const cell = matrix[i]![j];
        if (i === j) expect(cell).toBeNull();
        else if (source.VpcId !== destination.VpcId) expect(cell).toBe(false);
        else expect(cell).toBe(evaluateFlowBetween(index, source, destination, 'TCP', 22).Allowed);
      }),
    );
    expect(matrix[2]![0]).toBe(true);
  });
});
