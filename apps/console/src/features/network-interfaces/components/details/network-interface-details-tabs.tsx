import { Group, Stack, Tabs, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import type { ReactNode } from 'react';
import { InterfaceGroupsTable } from '../../../../components/interface-groups-table.tsx';
import type { InterfaceTab } from '../../../../lib/paths.ts';
import { ChangeInterfaceSecurityGroupsButton } from '../actions/change-interface-security-groups-button.tsx';

type Eni = ResponseOf<'DescribeNetworkInterfaces'>['NetworkInterfaceSets']['NetworkInterfaceSet'][number];

export interface NetworkInterfaceDetailsTabsProps {
  tab: InterfaceTab;
  onTabChange: (tab: InterfaceTab) => void;
  groupHref: (groupId: string) => string;
  /** The Effective Rules and Check Traffic tabs' content, from the traffic feature. */
  effectiveRulesPanel: ReactNode;
  checkTrafficPanel: ReactNode;
}

/** Security Groups, Effective Rules and Check Traffic, each with its own URL. */
export function NetworkInterfaceDetailsTabs(props: NetworkInterfaceDetailsTabsProps & { regionId: string; eni: Eni }) {
  const { regionId, eni, tab, onTabChange, groupHref } = props;
  const groupIds = eni.SecurityGroupIds.SecurityGroupId;
  return (
    <Tabs value={tab} onChange={(v) => v && onTabChange(v as InterfaceTab)} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="security-groups">Security Groups ({groupIds.length})</Tabs.Tab>
        <Tabs.Tab value="effective-rules">Effective Rules</Tabs.Tab>
        <Tabs.Tab value="check-traffic">Check Traffic</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="security-groups" pt="sm">
        <Stack gap="sm">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              The security groups of this network interface. Their rules are combined and applied by priority.
            </Text>
            <ChangeInterfaceSecurityGroupsButton
              regionId={regionId}
              networkInterfaceId={eni.NetworkInterfaceId}
              vpcId={eni.VpcId}
              groupIds={groupIds}
            />
          </Group>
          <InterfaceGroupsTable regionId={regionId} groupIds={groupIds} hrefOf={groupHref} />
        </Stack>
      </Tabs.Panel>
      <Tabs.Panel value="effective-rules" pt="sm">
        {tab === 'effective-rules' && props.effectiveRulesPanel}
      </Tabs.Panel>
      <Tabs.Panel value="check-traffic" pt="sm">
        {tab === 'check-traffic' && props.checkTrafficPanel}
      </Tabs.Panel>
    </Tabs>
  );
}
