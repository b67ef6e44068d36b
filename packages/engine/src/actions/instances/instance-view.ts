import type { Instance, InstanceStatus, NetworkInterface, OsType } from '../../model/instance.ts';
import { resourceGroupOf } from '../../model/account.ts';
import type { Transaction } from '../../transaction.ts';
import { privateIpSets } from '../network-interfaces/private-ip-sets.ts';
import { billingOf, type InstanceBilling } from './instance-billing.ts';
import { metadataOptionsOf } from './instance-metadata.ts';
import { hardwareOf, type InstanceHardware } from './instance-hardware.ts';

/** An instance as DescribeInstances returns it. */
export interface InstanceView extends InstanceBilling, InstanceHardware {
  InstanceId: string;
  InstanceName: string;
  Description: string;
  RegionId: string;
  ZoneId: string;
  InstanceType: string;
  ImageId: string;
  OSType: OsType;
  OSName: string;
  /** The image's OS name in English (OSName is English here too). */
  OSNameEn: string;
  Status: InstanceStatus;
  /** Locks (overdue, security): none in the world. */
  OperationLocks: { LockReason: { LockReason: string; LockMsg: string }[] };
  CreationTime: string;
  /** When the instance last started (RunInstances or StartInstance); a stopped instance keeps its last start. */
  StartTime: string;
  Tags: { Tag: { TagKey: string; TagValue: string }[] };
  ResourceGroupId: string;
  InstanceNetworkType: 'vpc';
  /** The address RunInstances gave for outbound bandwidth above 0; empty otherwise. */
  PublicIpAddress: { IpAddress: string[] };
  /** Every instance type of the world is I/O optimised. */
  IoOptimized: true;
  /** Every instance can take data disks (disks are not modelled). */
  DeviceAvailable: true;
  MetadataOptions: ReturnType<typeof metadataOptionsOf>;
  VpcAttributes: { VpcId: string; VSwitchId: string; PrivateIpAddress: { IpAddress: string[] }; NatIpAddress: string };
  /** The groups of the primary interface: an instance's groups are its primary interface's. */
  SecurityGroupIds: { SecurityGroupId: string[] };
  NetworkInterfaces: {
    NetworkInterface: {
      NetworkInterfaceId: string;
      Type: 'Primary' | 'Secondary';
      PrimaryIpAddress: string;
      MacAddress: string;
      /** The primary private IP first, then the secondary ones. */
      PrivateIpSets: { PrivateIpSet: { PrivateIpAddress: string; Primary: boolean }[] };
    }[];
  };
}

/** Attached interfaces by instance ID, primary first. */
export function interfacesByInstance(tx: Transaction): Map<string, NetworkInterface[]> {
  const out = new Map<string, NetworkInterface[]>();
  for (const eni of tx.all('networkInterfaces')) {
    if (eni.InstanceId === '') continue;
    const list = out.get(eni.InstanceId) ?? [];
    list.push(eni);
    out.set(eni.InstanceId, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.Type === b.Type ? 0 : a.Type === 'Primary' ? -1 : 1));
  return out;
}

export function primaryOf(instance: Instance, interfaces: readonly NetworkInterface[]): NetworkInterface | undefined {
  return interfaces.find((eni) => eni.NetworkInterfaceId === instance.PrimaryNetworkInterfaceId);
}

export function instanceView(instance: Instance, interfaces: readonly NetworkInterface[]): InstanceView {
  const primary = primaryOf(instance, interfaces);
  return {
    InstanceId: instance.InstanceId,
    InstanceName: instance.InstanceName,
    Description: instance.Description ?? '',
    RegionId: instance.RegionId,
    ZoneId: instance.ZoneId,
    InstanceType: instance.InstanceType,
    ImageId: instance.ImageId,
    OSType: instance.OSType,
    OSName: instance.OSName,
    OSNameEn: instance.OSName,
    Status: instance.Status,
    OperationLocks: { LockReason: [] },
    ...hardwareOf(instance.InstanceType),
    CreationTime: instance.CreationTime,
    // Instances stored before StartTime existed started when they were created.
    StartTime: instance.StartTime ?? instance.CreationTime,
    // `?? []`: instances stored before tags existed have no Tags field.
    Tags: { Tag: (instance.Tags ?? []).map((t) => ({ TagKey: t.TagKey, TagValue: t.TagValue })) },
    ResourceGroupId: resourceGroupOf(instance),
    ...billingOf(instance),
    PublicIpAddress: { IpAddress: instance.PublicIpAddress ? [instance.PublicIpAddress] : [] },
    IoOptimized: true,
    DeviceAvailable: true,
    MetadataOptions: metadataOptionsOf(instance),
    InstanceNetworkType: 'vpc',
    VpcAttributes: {
      VpcId: instance.VpcId,
      VSwitchId: instance.VSwitchId,
      PrivateIpAddress: { IpAddress: primary ? [primary.PrimaryIpAddress] : [] },
      NatIpAddress: '',
    },
    SecurityGroupIds: { SecurityGroupId: [...(primary?.SecurityGroupIds ?? [])] },
    NetworkInterfaces: {
      NetworkInterface: interfaces.map((eni) => ({
        NetworkInterfaceId: eni.NetworkInterfaceId,
        Type: eni.Type,
        PrimaryIpAddress: eni.PrimaryIpAddress,
        MacAddress: eni.MacAddress,
        PrivateIpSets: privateIpSets(eni),
      })),
    },
  };
}
