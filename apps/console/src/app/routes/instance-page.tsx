import { Navigate, useNavigate, useParams } from 'react-router';
import { InstanceDetails } from '../../features/instances/components/details/instance-details.tsx';
import { CheckTrafficPanel } from '../../features/traffic/components/check-traffic-panel.tsx';
import { EffectiveRulesPanel } from '../../features/traffic/components/effective-rules-panel.tsx';
import { isInstanceTab, paths } from '../../lib/paths.ts';

/** /:regionId/instances/:instanceId/:tab; the traffic feature's panels fill the Effective Rules and Check Traffic tabs. */
export function InstancePage() {
  const navigate = useNavigate();
  const { regionId = '', instanceId = '', tab } = useParams();
  if (!isInstanceTab(tab)) return <Navigate to={paths.instance(regionId, instanceId)} replace />;
  return (
    <InstanceDetails
      key={instanceId}
      regionId={regionId}
      instanceId={instanceId}
      listHref={paths.instances(regionId)}
      tab={tab}
      onTabChange={(t) => navigate(paths.instance(regionId, instanceId, t), { replace: true })}
      groupHref={(id) => paths.securityGroup(regionId, id)}
      interfaceHref={(id) => paths.networkInterface(regionId, id)}
      effectiveRulesPanel={(eniId) => <EffectiveRulesPanel regionId={regionId} networkInterfaceId={eniId} />}
      checkTrafficPanel={(eniId) => <CheckTrafficPanel regionId={regionId} networkInterfaceId={eniId} />}
    />
  );
}
