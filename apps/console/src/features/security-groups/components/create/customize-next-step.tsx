import { Alert, Button, Group, Text } from '@mantine/core';
import type { ResponseOf } from '@sg/engine';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../../../lib/paths.ts';
import { useCloudWords } from '../../../../views/cloud-words.ts';

/** `?created=customize`: the details page was opened by Create Security Group, for a group with no inbound rules. */
export const CREATED_PARAM = 'created';
/** The value of CREATED_PARAM: the Customize template's ID, as the group has what Customize gives, no rules. */
export const CREATED_WITHOUT_RULES = 'customize';

interface CustomizeNextStepProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
}

/**
 * After a group is created without rules (Alibaba's Customize, Tencent's Custom, any JD group): the console prompts
 * to add rules (seed 000 "Results", seed 002 "Add rules now"); the button opens the rule editor.
 */
export function CustomizeNextStep({ regionId, group }: CustomizeNextStepProps) {
  const [search, setSearch] = useSearchParams();
  const words = useCloudWords();
  if (search.get(CREATED_PARAM) !== CREATED_WITHOUT_RULES || group.Permissions.Permission.length > 0) return null;
  const dismiss = () =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(CREATED_PARAM);
        return next;
      },
      { replace: true },
    );
  return (
    <Alert
      color="blue"
      mb="md"
      title="The security group has no rules yet."
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={dismiss}
    >
      <Group justify="space-between">
        <Text size="sm">Add security group rules to control the traffic of the instances in this group.</Text>
        <Button
          component={Link}
          to={`${paths.securityGroupRules(regionId, group.SecurityGroupId, 'ingress')}?addRule=1`}
          size="xs"
        >
          {words.addRulesNow}
        </Button>
      </Group>
    </Alert>
  );
}
