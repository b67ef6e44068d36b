import type { ActionContext } from '../context.ts';

export interface ActionDef<P, R> {
  /** `Describe*` actions only read; the engine never commits for them. */
  readOnly: boolean;
  /**
   * The action takes `ClientToken` (its SDK request has one): a retry with the same token and parameters answers
   * the first call's response and changes nothing (`client-token.ts`).
   */
  clientToken?: boolean;
  run(ctx: ActionContext, params: P): R;
}

export function defineAction<P, R>(def: ActionDef<P, R>): ActionDef<P, R> {
  return def;
}
