/**
 * The official Alibaba Cloud ECS SDK's request and response models (`@alicloud/ecs20140526`, a dev dependency of
 * the engine's tests only), read as data: each model's wire names (`names()`) and types (`types()`), nested models
 * followed. Tests compare the engine's parameters and answers with them; the engine itself never loads the SDK.
 */

/** Node's module loader: the engine's lib declares no Node types, and the SDK is CommonJS. */
const node = globalThis as unknown as {
  process: {
    getBuiltinModule(id: 'node:module'): { createRequire(from: string): (id: string) => unknown };
  };
};
const require = node.process
  .getBuiltinModule('node:module')
  .createRequire((import.meta as unknown as { url: string }).url);
const MODELS = '@alicloud/ecs20140526/dist/models';

/** A field's type in the SDK: a scalar, a list, a map, or a nested model. */
export type SdkType =
  | { kind: 'string' | 'number' | 'boolean' | 'any' }
  | { kind: 'array'; item: SdkType }
  | { kind: 'map'; value: SdkType }
  | { kind: 'model'; model: SdkModel };

/** A model by its wire names: `PortRangeLists` → its type. */
export interface SdkModel {
  name: string;
  fields: Map<string, SdkType>;
}

interface DaraModel {
  name: string;
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

const isModelClass = (value: unknown): value is DaraModel =>
  typeof value === 'function' && typeof (value as Partial<DaraModel>).names === 'function';

function typeOf(raw: unknown): SdkType {
  if (typeof raw === 'string') {
    if (raw === 'string' || raw === 'number' || raw === 'boolean' || raw === 'any') return { kind: raw };
    throw new Error(`An SDK type this reader does not know: ${raw}`);
  }
  if (isModelClass(raw)) return { kind: 'model', model: modelOf(raw) };
  const shape = raw as { type?: string; itemType?: unknown; valueType?: unknown };
  if (shape.type === 'array') return { kind: 'array', item: typeOf(shape.itemType) };
  if (shape.type === 'map') return { kind: 'map', value: typeOf(shape.valueType) };
  throw new Error(`An SDK type this reader does not know: ${JSON.stringify(raw)}`);
}

const read = new Map<DaraModel, SdkModel>();

function modelOf(cls: DaraModel): SdkModel {
  const known = read.get(cls);
  if (known) return known;
  const model: SdkModel = { name: cls.name, fields: new Map() };
  read.set(cls, model);
  const names = cls.names();
  const types = cls.types();
  for (const [property, wire] of Object.entries(names)) model.fields.set(wire, typeOf(types[property]));
  return model;
}

function load(file: string, exportName: string): SdkModel | undefined {
  let exports: Record<string, unknown>;
  try {
    exports = require(`${MODELS}/${file}.js`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const cls = exports[exportName];
  return isModelClass(cls) ? modelOf(cls) : undefined;
}

/** The request model of an ECS action (what a caller may send), or undefined when the SDK has no such action. */
export const sdkRequest = (action: string): SdkModel | undefined => load(`${action}Request`, `${action}Request`);

/** The response body model of an ECS action (what the API answers). */
export const sdkResponse = (action: string): SdkModel | undefined =>
  load(`${action}ResponseBody`, `${action}ResponseBody`);

/** Which of these actions the SDK has. */
export const actionsInSdk = (actions: readonly string[]): string[] =>
  actions.filter((action) => sdkRequest(action) !== undefined);
