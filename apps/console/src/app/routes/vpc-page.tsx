import { useParams } from 'react-router';
import { VpcDetails } from '../../features/vpcs/components/vpc-details.tsx';
import { paths } from '../../lib/paths.ts';

/** /:regionId/vpcs/:vpcId. */
export function VpcPage() {
  const { regionId = '', vpcId = '' } = useParams();
  return <VpcDetails key={vpcId} regionId={regionId} vpcId={vpcId} listHref={paths.vpcs(regionId)} />;
}
