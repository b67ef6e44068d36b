import { Radio, Stack, Text } from '@mantine/core';
import type { SecurityGroupTemplate } from '@sg/engine/forms';
import { useEngine } from '../../../../lib/engine-provider.tsx';
import { useCloudWords } from '../../../../views/cloud-words.ts';
import { RulesToBeAddedTable, type RuleToBeAdded } from './rules-to-be-added-table.tsx';

interface TencentTemplateFieldProps {
  templates: readonly SecurityGroupTemplate[];
  value: string;
  onChange: (templateId: string) => void;
}

/** A template's inbound rules, then its outbound ones, as OK writes them (in this order, which decides). */
export function templateRules(template: SecurityGroupTemplate | undefined): RuleToBeAdded[] {
  if (!template) return [];
  return [
    ...template.ingress.map((permission) => ({ direction: 'ingress' as const, permission })),
    ...(template.egress ?? []).map((permission) => ({ direction: 'egress' as const, permission })),
  ];
}

/**
 * Seed 002's Template: each of the cloud's templates with its description and notes, then the rules the chosen one
 * adds, read-only (Custom adds none: rules are added afterwards).
 */
export function TencentTemplateField({ templates, value, onChange }: TencentTemplateFieldProps) {
  const words = useCloudWords();
  const { priority } = useEngine().profile.rules;
  return (
    <Stack gap="xs">
      <Radio.Group label="Template" value={value} onChange={onChange}>
        <Stack gap="xs" mt={6}>
          {templates.map((template) => (
            <Radio
              key={template.id}
              value={template.id}
              label={template.name}
              description={
                <>
                  {template.description}
                  {template.note && (
                    <Text span size="xs" c="dimmed" display="block">
                      Notes: {template.note}
                    </Text>
                  )}
                </>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      <RulesToBeAddedTable
        rules={templateRules(templates.find((t) => t.id === value))}
        withPriority={priority !== null}
        emptyText={`No rules: the group is created blank. Its page then offers ${words.addRulesNow}.`}
      />
    </Stack>
  );
}
