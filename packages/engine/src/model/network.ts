/** Stored records of the network: VPCs and vSwitches (the VPC OpenAPI's shapes). */
export interface Vpc {
  VpcId: string;
  RegionId: string;
  VpcName: string;
  Description: string;
  CidrBlock: string;
  IsDefault: boolean;
  Status: 'Available';
  CreationTime: string;
}

export interface VSwitch {
  VSwitchId: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  VSwitchName: string;
  Description: string;
  CidrBlock: string;
  Status: 'Available';
  CreationTime: string;
  /** Host offset of the next private IP to hand out (10.0.1.0/24: offset 1 is .1; the platform keeps the first few). */
  NextHostOffset: number;
}
