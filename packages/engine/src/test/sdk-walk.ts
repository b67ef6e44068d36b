import type { SdkModel, SdkType } from './sdk-models.ts';

/** One way an answer differs from the SDK's model, at a path such as `Instances.Instance[].StartTime`. */
export interface SdkDifference {
  path: string;
  kind: 'not in the SDK' | 'missing' | 'wrong type';
  /** For a wrong type: what the SDK has and what the engine answered. */
  detail?: string;
}

const describeType = (type: SdkType): string =>
  type.kind === 'array'
    ? `${describeType(type.item)}[]`
    : type.kind === 'map'
      ? `map of ${describeType(type.value)}`
      : type.kind === 'model'
        ? 'object'
        : type.kind;

const describeValue = (value: unknown): string =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function walkValue(value: unknown, type: SdkType, path: string, out: SdkDifference[]): void {
  const wrong = (): void => {
    out.push({ path, kind: 'wrong type', detail: `${describeType(type)}, not ${describeValue(value)}` });
  };
  switch (type.kind) {
    case 'any':
      return;
    case 'string':
    case 'number':
    case 'boolean':
      if (typeof value !== type.kind) wrong();
      return;
    case 'array':
      if (!Array.isArray(value)) return wrong();
      for (const item of value) walkValue(item, type.item, `${path}[]`, out);
      return;
    case 'map':
      if (!isObject(value)) return wrong();
      for (const [key, item] of Object.entries(value)) walkValue(item, type.value, `${path}.${key}`, out);
      return;
    case 'model':
      if (!isObject(value)) return wrong();
      walkObject(value, type.model, path, out);
  }
}

function walkObject(value: Record<string, unknown>, model: SdkModel, path: string, out: SdkDifference[]): void {
  const at = (name: string) => (path ? `${path}.${name}` : name);
  for (const [name, field] of Object.entries(value)) {
    const type = model.fields.get(name);
    if (!type) out.push({ path: at(name), kind: 'not in the SDK' });
    else if (field !== undefined) walkValue(field, type, at(name), out);
  }
  for (const name of model.fields.keys()) {
    if (value[name] === undefined) out.push({ path: at(name), kind: 'missing' });
  }
}

/**
 * Every difference between an answer and the SDK's response model: fields the SDK does not have, fields it has
 * that the answer lacks, and types that differ, nested lists and models followed. One entry per path and kind.
 */
export function responseDifferences(answer: unknown, model: SdkModel): SdkDifference[] {
  const out: SdkDifference[] = [];
  walkValue(answer, { kind: 'model', model }, '', out);
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.kind} ${d.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
