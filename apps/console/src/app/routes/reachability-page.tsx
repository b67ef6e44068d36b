import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { REACHABILITY_KEYS, ReachabilityView } from '../../features/traffic/components/reachability-view.tsx';
import { useUrlState } from '../../lib/use-url-state.ts';

/** /:regionId/reachability: a VPC's instances × instances on one protocol and port. */
export function ReachabilityPage() {
  const { regionId = '' } = useParams();
  const [values, setValues] = useUrlState(REACHABILITY_KEYS);
  return (
    <>
      <PageHeader
        title="Reachability"
        description="Which instances of a VPC can open a flow to which, as their security groups decide it."
      />
      <ReachabilityView key={regionId} regionId={regionId} values={values} onChange={setValues} />
    </>
  );
}
