import { NavLink, Text } from '@mantine/core';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { paths } from '../../lib/paths.ts';

const sections = [
  { title: 'Instances & Images', items: [{ label: 'Instances', to: paths.instances }] },
  {
    title: 'Network & Security',
    items: [
      { label: 'Security Groups', to: paths.securityGroups },
      { label: 'Network Interfaces', to: paths.networkInterfaces },
      { label: 'Prefix Lists', to: paths.prefixLists },
      { label: 'Port Lists', to: paths.portLists },
      { label: 'Security Group Snapshots', to: paths.snapshots },
      { label: 'Reachability', to: paths.reachability },
    ],
  },
  { title: 'VPC', items: [{ label: 'VPCs', to: paths.vpcs }] },
];

export function SideNav({ regionId }: { regionId: string }) {
  const { pathname } = useLocation();
  return (
    <nav>
      {sections.map((section) => (
        <div key={section.title}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {section.title}
          </Text>
          {section.items.map((item) => {
            const to = item.to(regionId);
            return (
              <NavLink
                key={item.label}
                component={RouterLink}
                to={to}
                label={item.label}
                active={pathname === to || pathname.startsWith(`${to}/`)}
              />
            );
          })}
        </div>
      ))}
    </nav>
  );
}
