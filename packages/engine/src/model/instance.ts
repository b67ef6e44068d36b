import type { Tag } from './security-group.ts';

/** Stored records of compute: instances and their network interfaces (ENIs). */
export type InstanceStatus = 'Pending' | 'Running' | 'Starting' | 'Stopping' | 'Stopped';
export type OsType = 'linux' | 'windows';

export interface Instance {
  InstanceId: string;
  RegionId: string;
  ZoneId: string;
  InstanceName: string;
  /** Set by ModifyInstanceAttribute. Worlds stored before it existed lack it: read it as `Description ?? ''`. */
  Description?: string;
  InstanceType: string;
  ImageId: string;
  OSType: OsType;
  OSName: string;
  Status: InstanceStatus;
  VpcId: string;
  VSwitchId: string;
  PrimaryNetworkInterfaceId: string;
  /** Set by TagResources. Worlds stored before tags existed lack it: read it as `Tags ?? []`. */
  Tags: Tag[];
  /** Worlds stored before resource groups lack it: read it with `resourceGroupOf` (the account's default). */
  ResourceGroupId?: string;
  CreationTime: string;
  /**
   * When the instance last started (RunInstances, StartInstance). Worlds stored before it existed lack it: read it as
   * `StartTime ?? CreationTime` (every instance started when it was created).
   */
  StartTime?: string;
  /**
   * Billing and public bandwidth as RunInstances chose them (actions/instances/instance-billing.ts). Worlds stored
   * before they were modelled lack them: read them with `billingOf` (pay-as-you-go, no public bandwidth).
   */
  InstanceChargeType?: InstanceChargeType;
  ExpiredTime?: string;
  InternetChargeType?: InternetChargeType;
  InternetMaxBandwidthOut?: number;
  InternetMaxBandwidthIn?: number;
  /** Given by RunInstances when InternetMaxBandwidthOut is above 0 (public-ips.ts); absent otherwise. */
  PublicIpAddress?: string;
  /** The metadata service options RunInstances set; absent in worlds stored before: read with `metadataOptionsOf`. */
  MetadataOptions?: MetadataOptions;
}

export interface MetadataOptions {
  HttpEndpoint: 'enabled' | 'disabled';
  HttpTokens: 'optional' | 'required';
  HttpPutResponseHopLimit: number;
}

export type InstanceChargeType = 'PrePaid' | 'PostPaid';
export type InternetChargeType = 'PayByTraffic' | 'PayByBandwidth';

export interface NetworkInterface {
  NetworkInterfaceId: string;
  NetworkInterfaceName: string;
  Description: string;
  RegionId: string;
  ZoneId: string;
  VpcId: string;
  VSwitchId: string;
  Type: 'Primary' | 'Secondary';
  /** Empty when a secondary interface is not attached. */
  InstanceId: string;
  Status: 'Available' | 'InUse';
  PrimaryIpAddress: string;
  /**
   * Secondary private IPs (CreateNetworkInterface's PrivateIpAddress.N or SecondaryPrivateIpAddressCount), of the
   * same vSwitch. Worlds stored before they were modelled lack it: read it as `SecondaryPrivateIps ?? []`.
   */
  SecondaryPrivateIps?: string[];
  MacAddress: string;
  /** Security groups are applied to interfaces; an instance's groups are those of its primary interface. */
  SecurityGroupIds: string[];
  CreationTime: string;
  /** Set by CreateNetworkInterface's Tag and TagResources; absent in worlds stored before: read as `Tags ?? []`. */
  Tags?: Tag[];
  /** Absent in worlds stored before resource groups: read it with `resourceGroupOf` (the account's default). */
  ResourceGroupId?: string;
}
