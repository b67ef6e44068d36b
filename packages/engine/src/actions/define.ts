import type { ActionContext } from '../context.ts';

export interface ActionDef<P, R> {
  /** `Describe*` actions only read; the engine never commits for them. */
  readOnly: boolean;
  run(ctx: ActionContext, params: P): R;
}

export function defineAction<P, R>(def: ActionDef<P, R>): ActionDef<P, R> {
  return def;
}
