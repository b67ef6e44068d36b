import type { Call } from '../engine.ts';

/**
 * What a Kubernetes cluster (ACK) leaves in the production VPC: a group the cloud service created and
 * manages, so the user can open it but not change or delete it. Built after everything else, so adding
 * it did not renumber the IDs of the rest of the demo world.
 */
export async function buildManagedGroups(call: Call, RegionId: string, VpcId: string): Promise<void> {
  await call('CreateServiceManagedSecurityGroup', {
    RegionId,
    VpcId,
    SecurityGroupName: 'alicloud-cs-auto-created-security-group-prod',
    Description: 'Security group of the prod Kubernetes cluster, created by Container Service for Kubernetes',
    ServiceID: 'cs.aliyuncs.com',
    Permissions: [
      {
        IpProtocol: 'ALL',
        PortRange: '-1/-1',
        SourceCidrIp: '172.16.0.0/12',
        Priority: '100',
        Description: 'Traffic between cluster nodes and pods',
      },
      {
        IpProtocol: 'ICMP',
        PortRange: '-1/-1',
        SourceCidrIp: '172.16.0.0/12',
        Priority: '100',
        Description: 'Node health checks',
      },
      {
        Direction: 'egress',
        IpProtocol: 'ALL',
        PortRange: '-1/-1',
        DestCidrIp: '0.0.0.0/0',
        Priority: '100',
        Description: 'Nodes reach images and cloud APIs',
      },
    ],
  });
}
