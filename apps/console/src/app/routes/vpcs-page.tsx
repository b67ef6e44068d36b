import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CreateVpcButton } from '../../features/vpcs/components/create-vpc-button.tsx';
import { VpcTable } from '../../features/vpcs/components/vpc-table.tsx';
import { paths } from '../../lib/paths.ts';
import { useCloudWords } from '../../views/cloud-words.ts';

/** /:regionId/vpcs. A new VPC opens on its page, where its vSwitches are created. */
export function VpcsPage() {
  const navigate = useNavigate();
  const { regionId = '' } = useParams();
  const words = useCloudWords();
  return (
    <>
      <PageHeader
        title={words.vpcs}
        description={`Private networks: security groups belong to a VPC, and instances sit in a ${words.vSwitch} of one.`}
        actions={<CreateVpcButton regionId={regionId} onCreated={(id) => navigate(paths.vpc(regionId, id))} />}
      />
      <VpcTable key={regionId} regionId={regionId} hrefOf={(id) => paths.vpc(regionId, id)} />
    </>
  );
}
