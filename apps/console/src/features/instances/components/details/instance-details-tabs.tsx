import { Group, Stack, Tabs, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { ReactNode } from 'react';
import { InterfaceGroupsTable } from '../../../../components/interface-groups-table.tsx';
import type { InstanceTab } from '../../../../lib/paths.ts';
import { ChangeInstanceSecurityGroupsButton } from './change-instance-security-groups-button.tsx';
import { InstanceInterfacesTable } from './instance-interfaces-table.tsx';

type Instance = ResponseOf<'DescribeInstances'>['Instances']['Instance'][number];

export interface InstanceDetailsTabsProps {
  instance: Instance;
  tab: InstanceTab;
  onTabChange: (tab: InstanceTab) => void;
  groupHref: (groupId: string) => string;
  interfaceHref: (networkInterfaceId: string) => string;
  /** The Effective Rules and Check Traffic tabs' content for the primary interface, from the traffic feature. */
  effectiveRulesPanel: (networkInterfaceId: string) => ReactNode;
  checkTrafficPanel: (networkInterfaceId: string) => ReactNode;
}

/** Security Groups, Network Interfaces, Effective Rules and Check Traffic, each with its own URL. */
export function InstanceDetailsTabs(props: InstanceDetailsTabsProps) {
  const { instance, tab, onTabChange, groupHref, interfaceHref } = props;
  const regionId = instance.RegionId;
  const groupIds = instance.SecurityGroupIds.SecurityGroupId;
  const primaryId = instance.NetworkInterfaces.NetworkInterface.find((n) => n.Type === 'Primary')?.NetworkInterfaceId;
  const interfaceCount = instance.NetworkInterfaces.NetworkInterface.length;
  return (
    <Tabs value={tab} onChange={(v) => v && onTabChange(v as InstanceTab)} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="security-groups">Security Groups ({groupIds.length})</Tabs.Tab>
        <Tabs.Tab value="network-interfaces">Network Interfaces ({interfaceCount})</Tabs.Tab>
        <Tabs.Tab value="effective-rules">Effective Rules</Tabs.Tab>
        <Tabs.Tab value="check-traffic">Check Traffic</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="security-groups" pt="sm">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              The security groups of the primary network interface. Their rules are combined and applied by priority.
            </Text>
            <ChangeInstanceSecurityGroupsButton
              regionId={regionId}
              instanceId={instance.InstanceId}
              vpcId={instance.VpcAttributes.VpcId}
              groupIds={groupIds}
            />
          </Group>
          <InterfaceGroupsTable regionId={regionId} groupIds={groupIds} hrefOf={groupHref} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="network-interfaces" pt="sm">
        <InstanceInterfacesTable
          regionId={regionId}
          instanceId={instance.InstanceId}
          interfaceHref={interfaceHref}
          groupHref={groupHref}
        />
      </Tabs.Panel>
      <Tabs.Panel value="effective-rules" pt="sm">
        {tab === 'effective-rules' && primaryId && props.effectiveRulesPanel(primaryId)}
      </Tabs.Panel>
      <Tabs.Panel value="check-traffic" pt="sm">
        {tab === 'check-traffic' && primaryId && props.checkTrafficPanel(primaryId)}
      </Tabs.Panel>
    </Tabs>
  );
}
