import { describe, expect, it } from 'vitest';
import { serviceIdNumber } from './service-id.ts';

describe('serviceIdNumber', () => {
  it('gives no service 0 and each service its own stable, positive number', () => {
    expect(serviceIdNumber('')).toBe(0);
    const ack = serviceIdNumber('cs.aliyuncs.com');
    expect(ack).toBe(serviceIdNumber('cs.aliyuncs.com'));
    expect(Number.isSafeInteger(ack) && ack > 0).toBe(true);
    expect(serviceIdNumber('rds.aliyuncs.com')).not.toBe(ack);
  });
});
