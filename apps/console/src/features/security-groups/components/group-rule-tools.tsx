import type { ResponseOf } from '@sg/engine';
import { HealthCheckButton } from './health-check/health-check-button.tsx';
import { ExportRulesMenu } from './transfer/export-rules-menu.tsx';
import { ImportRulesButton } from './transfer/import-rules-button.tsx';

interface GroupRuleToolsProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
}

/** The whole group's rule tools in the rules toolbar: Health Check, Import (not for managed groups) and Export. */
export function GroupRuleTools({ regionId, group }: GroupRuleToolsProps) {
  const groupId = group.SecurityGroupId;
  return (
    <>
      <HealthCheckButton regionId={regionId} groupId={groupId} isReadOnly={group.ServiceManaged} />
      {!group.ServiceManaged && <ImportRulesButton regionId={regionId} groupId={groupId} />}
      <ExportRulesMenu regionId={regionId} groupId={groupId} />
    </>
  );
}
