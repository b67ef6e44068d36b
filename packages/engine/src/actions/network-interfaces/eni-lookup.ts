import { fail } from '../../errors.ts';
import type { Instance, NetworkInterface } from '../../model/instance.ts';
import type { Transaction } from '../../transaction.ts';
import { requiredString } from '../../validate/params.ts';

/**
 * Lookups the network-interface and membership actions share. A record of another region is invisible, as
 * in the real API (each region is its own endpoint).
 */

/** @throws MissingParameter.NetworkInterfaceId, InvalidEniId.NotFound */
export function requireEni(tx: Transaction, regionId: string, value: unknown, field = 'NetworkInterfaceId') {
  const id = requiredString(value, field, `MissingParameter.${field}`);
  const eni = tx.get('networkInterfaces', id);
  if (!eni || eni.RegionId !== regionId) {
    fail('InvalidEniId.NotFound', `The specified NetworkInterfaceId "${id}" does not exist.`, 404, field);
  }
  return eni;
}

/**
 * `regionId` '' accepts any region: several instance APIs take RegionId as optional and find the instance by ID.
 * @throws MissingParameter.InstanceId, InvalidInstanceId.NotFound
 */
export function requireInstance(tx: Transaction, regionId: string, value: unknown, field = 'InstanceId'): Instance {
  const id = requiredString(value, field, `MissingParameter.${field}`);
  const instance = tx.get('instances', id);
  if (!instance || (regionId !== '' && instance.RegionId !== regionId)) {
    fail('InvalidInstanceId.NotFound', 'The specified InstanceId does not exist.', 404, field);
  }
  return instance;
}

/** Running or Stopped: the states in which interfaces and groups may change (not Pending, Starting, Stopping). */
export function isSettled(instance: Instance): boolean {
  return instance.Status === 'Running' || instance.Status === 'Stopped';
}

/** The interfaces attached to an instance, primary included. */
export function interfacesOf(tx: Transaction, instanceId: string): NetworkInterface[] {
  return tx.all('networkInterfaces').filter((eni) => eni.InstanceId === instanceId);
}

/** The instance's primary interface; every stored instance has one. */
export function primaryInterfaceOf(tx: Transaction, instance: Instance): NetworkInterface {
  const eni = tx.get('networkInterfaces', instance.PrimaryNetworkInterfaceId);
  if (!eni) fail('InternalError', `The primary network interface of ${instance.InstanceId} is missing.`, 500);
  return eni;
}
