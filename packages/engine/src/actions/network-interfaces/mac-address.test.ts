import { describe, expect, it } from 'vitest';
import { macAddressFor } from './mac-address.ts';

describe('macAddressFor', () => {
  it("is stable per ID, in Alibaba Cloud's OUI, and differs between IDs", () => {
    expect(macAddressFor('eni-bp1abc')).toBe(macAddressFor('eni-bp1abc'));
    expect(macAddressFor('eni-bp1abc')).toMatch(/^00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$/);
    const many = new Set(Array.from({ length: 200 }, (_, i) => macAddressFor(`eni-bp1${i}`)));
    expect(many.size).toBe(200);
  });
});
