import { Navigate, useNavigate, useParams } from 'react-router';
import { NetworkInterfaceDetails } from '../../features/network-interfaces/components/details/network-interface-details.tsx';
import { CheckTrafficPanel } from '../../features/traffic/components/check-traffic-panel.tsx';
import { EffectiveRulesPanel } from '../../features/traffic/components/effective-rules-panel.tsx';
import { isInterfaceTab, paths } from '../../lib/paths.ts';

/** /:regionId/network-interfaces/:networkInterfaceId/:tab; the traffic feature's panels fill two of the tabs. */
export function NetworkInterfacePage() {
  const navigate = useNavigate();
  const { regionId = '', networkInterfaceId = '', tab } = useParams();
  if (!isInterfaceTab(tab)) return <Navigate to={paths.networkInterface(regionId, networkInterfaceId)} replace />;
  const listHref = paths.networkInterfaces(regionId);
  return (
    <NetworkInterfaceDetails
      key={networkInterfaceId}
      regionId={regionId}
      networkInterfaceId={networkInterfaceId}
      listHref={listHref}
      tab={tab}
      onTabChange={(t) => navigate(paths.networkInterface(regionId, networkInterfaceId, t), { replace: true })}
      instanceHref={(id) => paths.instance(regionId, id)}
      groupHref={(id) => paths.securityGroup(regionId, id)}
      onDeleted={() => navigate(listHref, { replace: true })}
      effectiveRulesPanel={<EffectiveRulesPanel regionId={regionId} networkInterfaceId={networkInterfaceId} />}
      checkTrafficPanel={<CheckTrafficPanel regionId={regionId} networkInterfaceId={networkInterfaceId} />}
    />
  );
}
