import { Anchor, Group } from '@mantine/core';
import type { Permission } from '@sg/engine';
import type { RuleView } from '../../../views/rule-view.ts';

export interface RuleOperationHandlers {
  onModify: (rule: Permission) => void;
  onDelete: (rule: Permission) => void;
  /** Open the editor to add rules above this one (clouds ordered by position). */
  onInsert: (rule: Permission, policyIndex: number) => void;
  /** Move the rule to this place among its direction's rules (clouds ordered by position). */
  onMove: (rule: Permission, policyIndex: number) => void;
  /** A move is under way: the move links wait for it. */
  isMoving: boolean;
}

interface RuleOperationsProps extends RuleOperationHandlers {
  view: RuleView;
  rule: Permission;
  /** Every rule of the direction in the cloud's order. */
  ordered: Permission[];
}

/**
 * A rule's Operation cell in the cloud's words: Modify (Tencent: Edit) and Delete everywhere; where rules are
 * ordered by position (the dialect's `ordering`), also Insert (add above), Move up and Move down.
 */
export function RuleOperations({ view, rule, ordered, ...on }: RuleOperationsProps) {
  const id = rule.SecurityGroupRuleId;
  const { modify, positionActions: words } = view.words;
  const index = ordered.findIndex((r) => r.SecurityGroupRuleId === id);
  const isByPosition = view.dialect.ordering === 'position' && index >= 0;
  return (
    <Group gap="sm" wrap="nowrap">
      <Anchor component="button" size="sm" aria-label={`${modify} rule ${id}`} onClick={() => on.onModify(rule)}>
        {modify}
      </Anchor>
      {isByPosition && (
        <Anchor
          component="button"
          size="sm"
          aria-label={`${words.insert} a rule above rule ${id}`}
          onClick={() => on.onInsert(rule, index)}
        >
          {words.insert}
        </Anchor>
      )}
      <Anchor component="button" size="sm" c="red" aria-label={`Delete rule ${id}`} onClick={() => on.onDelete(rule)}>
        Delete
      </Anchor>
      {isByPosition && (
        <>
          <Anchor
            component="button"
            size="sm"
            aria-label={`${words.moveUp} rule ${id}`}
            disabled={index === 0 || on.isMoving}
            c={index === 0 ? 'dimmed' : undefined}
            onClick={() => on.onMove(rule, index - 1)}
          >
            {words.moveUp}
          </Anchor>
          <Anchor
            component="button"
            size="sm"
            aria-label={`${words.moveDown} rule ${id}`}
            disabled={index === ordered.length - 1 || on.isMoving}
            c={index === ordered.length - 1 ? 'dimmed' : undefined}
            onClick={() => on.onMove(rule, index + 1)}
          >
            {words.moveDown}
          </Anchor>
        </>
      )}
    </Group>
  );
}
