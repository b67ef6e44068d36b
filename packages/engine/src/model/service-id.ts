/**
 * The number the API gives the cloud service that manages a resource: DescribeSecurityGroups' and
 * DescribeNetworkInterfaces' `ServiceID` (a Long, "the ID of the distributor"). The engine stores the service by name
 * (`cs.aliyuncs.com`, as CreateServiceManagedSecurityGroup takes it); the real numbers are Alibaba's own and not
 * public, so ours is a stable hash of the name (FNV-1a, 32 bits, never 0). 0 when no service manages the resource.
 */
export function serviceIdNumber(serviceName: string): number {
  if (serviceName === '') return 0;
  let hash = 0x811c9dc5;
  for (const char of serviceName) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash === 0 ? 1 : hash;
}
