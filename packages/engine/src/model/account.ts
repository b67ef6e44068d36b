/**
 * The one account a world belongs to. The API's account parameters (OwnerId, OwnerAccount, a rule's
 * SourceGroupOwnerId / SourceGroupOwnerAccount ...) can only name it: there is no other account to reference.
 */
export const WORLD_ACCOUNT_ID = '1234567890123456';
/** The account's name, as SourceGroupOwnerAccount and DestGroupOwnerAccount take it (an e-mail-like string). */
export const WORLD_ACCOUNT_NAME = 'owner@sg-console.local';

/**
 * The account's default resource group. Resource groups are Resource Management's, which the world does not model,
 * so the account has this one only: every resource is in it.
 */
export const DEFAULT_RESOURCE_GROUP_ID = 'rg-acfmdefault00001';

/** A record's resource group; records stored before resource groups existed (or with '') are in the default. */
export function resourceGroupOf(record: { ResourceGroupId?: string }): string {
  return record.ResourceGroupId || DEFAULT_RESOURCE_GROUP_ID;
}
