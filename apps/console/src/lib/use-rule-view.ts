import { ruleViewOf, type RuleView } from '../views/rule-view.ts';
import { useEngine } from './engine-provider.tsx';

/** The shown cloud's way with rules: its rule dialect and its console's words for them. */
export function useRuleView(): RuleView {
  return ruleViewOf(useEngine().profile);
}
