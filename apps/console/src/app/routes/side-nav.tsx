import { NavLink, Text } from '@mantine/core';
import type { Profile } from '@sg/engine';
import { NavLink as RouterLink, useLocation } from 'react-router';
import { useEngine } from '../../lib/engine-provider.tsx';
import { paths } from '../../lib/paths.ts';
import { CLOUD_WORDS, type CloudWords } from '../../views/cloud-words.ts';

interface NavItem {
  label: string;
  to: (regionId: string) => string;
  /** Only where the cloud's rules can use it (the engine's rule dialect). */
  shown?: (profile: Profile) => boolean;
}

const sections = (words: CloudWords): { title: string; items: NavItem[] }[] => [
  { title: words.computeSection, items: [{ label: 'Instances', to: paths.instances }] },
  {
    title: 'Network & Security',
    items: [
      { label: words.securityGroups, to: paths.securityGroups },
      { label: 'Network Interfaces', to: paths.networkInterfaces },
      { label: 'Prefix Lists', to: paths.prefixLists, shown: (p) => p.rules.peers.includes('prefixList') },
      { label: 'Port Lists', to: paths.portLists, shown: (p) => p.rules.portLists },
      { label: 'Security Group Snapshots', to: paths.snapshots },
      { label: 'Reachability', to: paths.reachability },
    ],
  },
  { title: words.vpcSection, items: [{ label: words.vpcs, to: paths.vpcs }] },
];

export function SideNav({ regionId }: { regionId: string }) {
  const { pathname } = useLocation();
  const { profile } = useEngine();
  return (
    <nav>
      {sections(CLOUD_WORDS[profile.name]).map((section) => (
        <div key={section.title}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {section.title}
          </Text>
          {section.items
            .filter((item) => item.shown?.(profile) ?? true)
            .map((item) => {
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
