import { clockActions } from './clock/index.ts';
import { evaluationActions } from './evaluation/index.ts';
import { instanceActions } from './instances/index.ts';
import { membershipActions } from './membership/index.ts';
import { networkInterfaceActions } from './network-interfaces/index.ts';
import { portRangeListActions } from './port-lists/index.ts';
import { prefixListActions } from './prefix-lists/index.ts';
import { regionActions } from './regions/index.ts';
import { ruleActions } from './rules/index.ts';
import { securityGroupActions } from './security-groups/index.ts';
import { snapshotActions } from './snapshots/index.ts';
import { tagActions } from './tags/index.ts';
import { transferActions } from './transfer/index.ts';
import { vpcActions } from './vpc/index.ts';

/** Every action the engine answers, by its OpenAPI name. Each area lists its own in its index.ts. */
export const registry = {
  ...regionActions,
  ...vpcActions,
  ...instanceActions,
  ...networkInterfaceActions,
  ...membershipActions,
  ...securityGroupActions,
  ...ruleActions,
  ...tagActions,
  ...snapshotActions,
  ...clockActions,
  ...evaluationActions,
  ...prefixListActions,
  ...portRangeListActions,
  ...transferActions,
};
