import { Button, Group, Loader, Modal, Radio, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ResponseOf } from '@sg/engine';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { policyCheckQuery } from '../../api/security-group-check-queries.ts';
import { useModifySecurityGroupPolicy } from '../../api/use-modify-security-group-policy.ts';
import { innerAccessLabel } from '../wording.ts';

type Attribute = ResponseOf<'DescribeSecurityGroupAttribute'>;

/** "Modify Internal Access Control Policy": intra-group connectivity or internal isolation. */
export function InnerAccessPolicyButton({ group, isDisabled }: { group: Attribute; isDisabled: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button size="xs" variant="light" onClick={open} disabled={isDisabled}>
        Modify Internal Access Control Policy
      </Button>
      <Modal opened={opened} onClose={close} title="Modify Internal Access Control Policy" centered>
        <InnerAccessPolicyForm group={group} onDone={close} />
      </Modal>
    </>
  );
}

const POLICIES = ['Accept', 'Drop'] as const;

function InnerAccessPolicyForm({ group, onDone }: { group: Attribute; onDone: () => void }) {
  const engine = useEngine();
  const modify = useModifySecurityGroupPolicy();
  const [policy, setPolicy] = useState<string>(group.InnerAccessPolicy);
  // The engine decides whether this group's policy can change (an advanced group's cannot): ask it.
  const check = useQuery(policyCheckQuery(engine, group.RegionId, group.SecurityGroupId, policy));
  const refusal = check.data ?? null;
  const handleSubmit = () =>
    modify.mutate(
      { RegionId: group.RegionId, SecurityGroupId: group.SecurityGroupId, InnerAccessPolicy: policy },
      { onSuccess: onDone },
    );
  return (
    <Stack>
      <Radio.Group label="Internal Access Control Policy" value={policy} onChange={setPolicy}>
        <Stack gap="xs" mt="xs">
          {POLICIES.map((value) => (
            <Radio key={value} value={value} label={innerAccessLabel(value)} />
          ))}
        </Stack>
      </Radio.Group>
      {check.isPending && <Loader size="xs" aria-label="Checking the policy" />}
      {check.error && <ApiError error={check.error} />}
      {refusal && <ApiError error={refusal} title="The policy of this security group cannot be modified" />}
      {modify.error && <ApiError error={modify.error} title="Could not modify the policy" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          onClick={handleSubmit}
          loading={modify.isPending}
          disabled={policy === group.InnerAccessPolicy || check.isPending || refusal !== null}
        >
          OK
        </Button>
      </Group>
    </Stack>
  );
}
