/**
 * Deterministic IDs: the same seed gives the same IDs, run after run. The counter is stored with the
 * world (meta record), so a reload continues the sequence instead of repeating it.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Region-specific first characters, as real IDs show them (bp = cn-hangzhou, 2ze = cn-beijing...). */
const REGION_PREFIX: Record<string, string> = {
  'cn-hangzhou': 'bp1',
  'cn-shanghai': 'uf6',
  'cn-beijing': '2ze',
  'ap-southeast-1': 't4n',
};

/** cyrb53-style 53-bit hash, good enough to spread a seed and counter over the alphabet. */
function hash53(text: string, salt: number): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function randomChars(seed: string, counter: number, length: number): string {
  let out = '';
  let salt = 0;
  while (out.length < length) {
    let n = hash53(`${seed}:${counter}`, salt++);
    for (let i = 0; i < 8 && out.length < length; i++) {
      out += ALPHABET[n % ALPHABET.length];
      n = Math.floor(n / ALPHABET.length);
    }
  }
  return out;
}

/** How a cloud's IDs look (the profile's `IdStyle`): Alibaba's by default. */
export interface IdShape {
  length: number;
  regionMarked: boolean;
  prefixes: Readonly<Record<string, string>>;
}

const ALIBABA_IDS: IdShape = { length: 20, regionMarked: true, prefixes: {} };

/**
 * `sg-bp1xxxxxxxxxxxxxxxxx` (Alibaba: prefix, region marker, random characters up to 20 after the dash),
 * `sg-xxxxxxxx` (Tencent, 8), `sg-xxxxxxxxxx` (JD, 10); the prefix is the cloud's own (`i` is `ins` on Tencent).
 */
export function formatId(
  prefix: string,
  regionId: string | undefined,
  seed: string,
  counter: number,
  shape: IdShape = ALIBABA_IDS,
): string {
  const marker = (shape.regionMarked && regionId && REGION_PREFIX[regionId]) || '';
  return `${shape.prefixes[prefix] ?? prefix}-${marker}${randomChars(seed, counter, shape.length - marker.length)}`;
}

/** RequestId in the API's uppercase UUID shape. */
export function formatRequestId(seed: string, counter: number): string {
  const hex = Array.from(randomChars(`req:${seed}`, counter, 32), (c) =>
    (ALPHABET.indexOf(c) % 16).toString(16).toUpperCase(),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
