import { useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { CreateSecurityGroupButton } from '../../features/security-groups/components/create/create-security-group-button.tsx';
import { SecurityGroupList } from '../../features/security-groups/components/manage/security-group-list.tsx';
import { paths } from '../../lib/paths.ts';
import { useCloudWords } from '../../views/cloud-words.ts';

export function SecurityGroupsPage() {
  const { regionId = '' } = useParams();
  const words = useCloudWords();
  return (
    <>
      <PageHeader
        title={words.securityGroups}
        description="Virtual firewalls that control the traffic of the network interfaces in them."
        actions={<CreateSecurityGroupButton regionId={regionId} />}
      />
      <SecurityGroupList key={regionId} regionId={regionId} hrefOf={(id) => paths.securityGroup(regionId, id)} />
    </>
  );
}
