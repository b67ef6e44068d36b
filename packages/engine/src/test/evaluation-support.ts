import { membershipWorld, REGION, runInstance } from './membership-world.ts';

/**
 * A small three-tier world for the evaluation actions, built through the actions, on top of membershipWorld
 * (whose own instance, in group `a`, holds 172.16.1.4):
 * - `web` (basic, Accept, named web-sg) with instances web1 (172.16.1.5) and web2 (172.16.1.6);
 * - `db` (basic, Accept) allowing TCP 3306 from the `web` group at priority 10, with instance db1 (172.16.1.7);
 * - `jump` (basic, no rules) with instance jump1 (172.16.1.8).
 */
export async function evaluationWorld() {
  const world = await membershipWorld();
  const { engine, vpcId, vswH } = world;
  const web = await world.newGroup(vpcId);
  const db = await world.newGroup(vpcId);
  const jump = await world.newGroup(vpcId);
  await engine.call('AuthorizeSecurityGroup', {
    RegionId: REGION,
    SecurityGroupId: db,
    Permissions: [
      { IpProtocol: 'TCP', PortRange: '3306/3306', SourceGroupId: web, Priority: '10', Description: 'mysql from web' },
    ],
  });
  await engine.call('ModifySecurityGroupAttribute', {
    RegionId: REGION,
    SecurityGroupId: web,
    SecurityGroupName: 'web-sg',
  });
  const web1 = await runInstance(engine, vswH, [web]);
  const web2 = await runInstance(engine, vswH, [web]);
  const db1 = await runInstance(engine, vswH, [db]);
  const jump1 = await runInstance(engine, vswH, [jump]);
  return { ...world, sg: { web, db, jump }, vm: { web1, web2, db1, jump1 } };
}
