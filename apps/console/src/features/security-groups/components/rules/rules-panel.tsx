import { Button, Group, Stack, Text } from '@mantine/core';
import type { Permission, ResponseOf } from '@sg/engine';
import { inEvaluationOrder } from '@sg/engine/forms';
import { useState } from 'react';
import { ApiError } from '../../../../components/api-error.tsx';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { ORDER_NOTES } from '../../../../views/rule-words.ts';
import { useMoveRule } from '../../api/use-move-rule.ts';
import { GroupRuleTools } from '../group-rule-tools.tsx';
import { RulesTable } from '../rules-table.tsx';
import { DefaultRulesTable } from './default-rules-table.tsx';
import { DeleteRulesModal } from './delete-rules-modal.tsx';
import { OnceOpened } from '../../../../components/once-opened.tsx';
import { lazyNamed } from '../../../../lib/lazy-named.ts';
import { RuleFilterBar } from './rule-filter-bar.tsx';
import { filterRules, type RuleFilters } from './rule-filters.ts';
import { RuleLimits } from './rule-limits.tsx';

const ModifyRuleModal = lazyNamed(() => import('./modify-rule-modal.tsx'), 'ModifyRuleModal');

interface RulesPanelProps {
  regionId: string;
  group: ResponseOf<'DescribeSecurityGroupAttribute'>;
  direction: 'ingress' | 'egress';
  filters: RuleFilters;
  onFiltersChange: (filters: RuleFilters) => void;
  /** Open the rule editor; with a PolicyIndex, its rules go there (clouds ordered by position). */
  onAddRule: (policyIndex?: number) => void;
}

/** One direction's rules: quotas, toolbar, filters, the table, and the Modify and Delete dialogs. */
export function RulesPanel({ regionId, group, direction, filters, onFiltersChange, onAddRule }: RulesPanelProps) {
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [modifying, setModifying] = useState<Permission | null>(null);
  const [deleting, setDeleting] = useState<Permission[]>([]);
  const view = useRuleView();
  const move = useMoveRule();
  const all = group.Permissions.Permission;
  const own = all.filter((r) => r.Direction === direction);
  // Shown in the order the engine evaluates them.
  const ordered = inEvaluationOrder(own, view.dialect.ordering);
  const shown = inEvaluationOrder(filterRules(own, filters), view.dialect.ordering);
  const selected = own.filter((r) => selectedIds.includes(r.SecurityGroupRuleId));
  const isReadOnly = group.ServiceManaged;
  const isFiltered = shown.length !== own.length;
  const noun = direction === 'ingress' ? 'inbound' : 'outbound';

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Group gap="xs">
          {isReadOnly ? (
            <Text size="sm" c="dimmed">
              Managed security group: its rules are view-only and cannot be added, modified or deleted.
            </Text>
          ) : (
            <>
              <Button onClick={() => onAddRule()}>{view.words.addRule}</Button>
              <Button
                variant="default"
                disabled={selected.length === 0}
                onClick={() => setDeleting(selected)}
                aria-label={`Delete selected rules (${selected.length})`}
              >
                Delete{selected.length > 0 ? ` (${selected.length})` : ''}
              </Button>
            </>
          )}
          <GroupRuleTools regionId={regionId} group={group} />
        </Group>
        <RuleLimits
          rules={all}
          direction={direction}
          quotaUsed={group.RuleQuotaUsed}
          isAdvanced={group.SecurityGroupType === 'enterprise'}
        />
      </Group>
      <RuleFilterBar filters={filters} onChange={onFiltersChange} />
      {ORDER_NOTES[view.dialect.ordering] && (
        <Text size="sm" c="dimmed">
          {ORDER_NOTES[view.dialect.ordering]}
        </Text>
      )}
      {move.error && <ApiError error={move.error} title="The rule was not moved" />}
      <RulesTable
        view={view}
        direction={direction}
        rules={shown}
        ordered={ordered}
        emptyText={isFiltered ? `No ${noun} rules match the filters.` : `No ${noun} rules.`}
        selectedIds={selectedIds}
        onSelectionChange={setSelectedIds}
        isReadOnly={isReadOnly}
        onModify={setModifying}
        onDelete={(rule) => setDeleting([rule])}
        onInsert={(_rule, policyIndex) => onAddRule(policyIndex)}
        onMove={(rule, policyIndex) =>
          move.mutate({
            regionId,
            groupId: group.SecurityGroupId,
            ruleId: rule.SecurityGroupRuleId,
            policyIndex,
            version: group.Version,
          })
        }
        isMoving={move.isPending}
      />
      <Text size="xs" c="dimmed">
        Default rules apply to traffic that no rule above matches. They cannot be modified or deleted.
      </Text>
      <DefaultRulesTable
        direction={direction}
        rules={group.DefaultRules.DefaultRule.filter((r) => r.Direction === direction)}
      />
      <OnceOpened opened={modifying !== null}>
        <ModifyRuleModal regionId={regionId} group={group} rule={modifying} onClose={() => setModifying(null)} />
      </OnceOpened>
      <DeleteRulesModal
        regionId={regionId}
        groupId={group.SecurityGroupId}
        version={group.Version}
        direction={direction}
        rules={deleting}
        onClose={() => setDeleting([])}
        onDeleted={() => {
          const gone = new Set(deleting.map((r) => r.SecurityGroupRuleId));
          setSelectedIds((ids) => ids.filter((id) => !gone.has(id)));
          setDeleting([]);
        }}
      />
    </Stack>
  );
}
