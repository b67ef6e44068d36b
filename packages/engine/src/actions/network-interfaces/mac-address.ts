/**
 * A MAC address in Alibaba Cloud's OUI (00:16:3e), its last three bytes hashed from the interface ID:
 * the same ID always gets the same address, so seeded worlds repeat exactly.
 */
export function macAddressFor(networkInterfaceId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < networkInterfaceId.length; i++) {
    hash = Math.imul(hash ^ networkInterfaceId.charCodeAt(i), 0x01000193);
  }
  const bytes = [16, 8, 0].map((shift) => ((hash >>> shift) & 0xff).toString(16).padStart(2, '0'));
  return `00:16:3e:${bytes.join(':')}`;
}
