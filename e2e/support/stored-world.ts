import type { Page } from '@playwright/test';

/**
 * The world as IndexedDB holds it, read straight from the console's database (not through the engine, which could
 * hide a torn write behind its own cache). Only what the crash and two-tab checks compare.
 */
export interface StoredRule {
  Direction: string;
  IpProtocol: string;
  PortRange: string;
  Policy: string;
  Priority: number;
  SourceCidrIp: string;
  SourceGroupId: string;
  DestCidrIp: string;
  DestGroupId: string;
  Description: string;
  SecurityGroupRuleId: string;
  CreateTime: string;
}

export interface StoredGroup {
  SecurityGroupId: string;
  RegionId: string;
  SecurityGroupName: string;
  Rules: StoredRule[];
}

export interface StoredInterface {
  NetworkInterfaceId: string;
  InstanceId: string;
  SecurityGroupIds: string[];
}

export interface StoredInstance {
  InstanceId: string;
  InstanceName: string;
}

export interface StoredWorld {
  groups: StoredGroup[];
  interfaces: StoredInterface[];
  instances: StoredInstance[];
  idCounter: number;
}

export async function readStoredWorld(page: Page, database = 'sg-console'): Promise<StoredWorld> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const tx = db.transaction(['securityGroups', 'networkInterfaces', 'instances', 'meta'], 'readonly');
      const all = (store: string) =>
        new Promise<{ id: string; data: unknown }[]>((resolve, reject) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as { id: string; data: unknown }[]);
          request.onerror = () => reject(request.error);
        });
      const [groups, interfaces, instances, meta] = await Promise.all([
        all('securityGroups'),
        all('networkInterfaces'),
        all('instances'),
        all('meta'),
      ]);
      const world = meta.find((row) => row.id === 'world')?.data as { IdCounter?: number } | undefined;
      return {
        groups: groups.map((row) => row.data) as StoredGroup[],
        interfaces: interfaces.map((row) => row.data) as StoredInterface[],
        instances: instances.map((row) => row.data) as StoredInstance[],
        idCounter: world?.IdCounter ?? -1,
      };
    } finally {
      db.close();
    }
  }, database);
}

/** A rule as the user wrote it: without the ID and creation time a restore or a copy renews. */
export function ruleText(rule: StoredRule): string {
  const peer =
    rule.Direction === 'ingress' ? rule.SourceCidrIp || rule.SourceGroupId : rule.DestCidrIp || rule.DestGroupId;
  return [rule.Direction, rule.Policy, rule.Priority, rule.IpProtocol, rule.PortRange, peer, rule.Description].join(
    ' | ',
  );
}

export const groupNamed = (world: StoredWorld, name: string) =>
  world.groups.find((group) => group.SecurityGroupName === name);

/** The groups of an instance's primary interface, by name. */
export function instanceGroupNames(world: StoredWorld, instanceName: string): string[] {
  const instance = world.instances.find((i) => i.InstanceName === instanceName);
  const names = new Map(world.groups.map((g) => [g.SecurityGroupId, g.SecurityGroupName]));
  const eni = world.interfaces.find((e) => instance && e.InstanceId === instance.InstanceId);
  return (eni?.SecurityGroupIds ?? []).map((id) => names.get(id) ?? id).sort();
}

/** A group's rules as sorted text; `null` when the group does not exist. */
export function rulesOf(world: StoredWorld, name: string): string[] | null {
  const group = groupNamed(world, name);
  return group ? group.Rules.map(ruleText).sort() : null;
}

/** Every reference to a group that does not exist: from a rule, or from a network interface. */
export function danglingReferences(world: StoredWorld): string[] {
  const ids = new Set(world.groups.map((group) => group.SecurityGroupId));
  const problems: string[] = [];
  for (const group of world.groups) {
    for (const rule of group.Rules) {
      for (const peer of [rule.SourceGroupId, rule.DestGroupId]) {
        if (peer && !ids.has(peer)) {
          problems.push(`${group.SecurityGroupName} has a rule (${ruleText(rule)}) on the missing group ${peer}`);
        }
      }
    }
  }
  for (const eni of world.interfaces) {
    for (const id of eni.SecurityGroupIds) {
      if (!ids.has(id)) problems.push(`${eni.NetworkInterfaceId} (${eni.InstanceId}) is in the missing group ${id}`);
    }
  }
  return problems;
}
