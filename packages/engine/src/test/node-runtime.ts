/** Node globals the engine's lib (ES2023: no DOM, no Node types) does not declare; the tests run in Node. */
const node = globalThis as unknown as {
  structuredClone<T>(value: T): T;
  process: { env: Record<string, string | undefined> };
};

/** A structured clone, as a postMessage between a worker and a page makes it. */
export const structuredCopy = <T>(value: T): T => node.structuredClone(value);

/** A whole number from the environment, or the fallback when unset. */
export function envNumber(name: string, fallback: number): number {
  const value = node.process.env[name];
  return value === undefined || value === '' ? fallback : Number(value);
}
