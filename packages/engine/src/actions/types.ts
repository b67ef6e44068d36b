import type { ActionDef } from './define.ts';
import type { registry } from './registry.ts';

type Registry = typeof registry;

export type ActionName = keyof Registry;
export type ParamsOf<A extends ActionName> = Registry[A] extends ActionDef<infer P, unknown> ? P : never;
export type ResponseOf<A extends ActionName> = (Registry[A] extends ActionDef<never, infer R> ? R : never) & {
  RequestId: string;
};
