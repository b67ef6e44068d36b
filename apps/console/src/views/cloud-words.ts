import type { CloudName } from '@sg/engine';
import { useEngine } from '../lib/engine-provider.tsx';

/**
 * Each cloud console's own words for the same places and controls (seed 000/001/004 Alibaba, 002 Tencent, 003 JD),
 * so users and their scripts find what the documents name. Wording only: what a cloud allows is the engine's.
 */
export interface CloudWords {
  /** Navigation section of the instances page. */
  computeSection: string;
  /** The security groups page: navigation entry and title. */
  securityGroups: string;
  /** The button that opens the create dialog, and the dialog's title. */
  createGroupButton: string;
  createGroupTitle: string;
  /** The VPC section, its page, and the link the create dialog offers when a VPC is needed. */
  vpcSection: string;
  vpcs: string;
  createVpcLink: string;
  /** One VPC, as fields, columns and pickers name it. */
  vpc: string;
  /** What a VPC's subnet is called, the plural, and its create button and dialog. */
  vSwitch: string;
  vSwitches: string;
  createVSwitch: string;
  /** The next step a group created without rules offers on its page: it opens the rule editor. */
  addRulesNow: string;
}

export const CLOUD_WORDS: Readonly<Record<CloudName, CloudWords>> = {
  alibaba: {
    computeSection: 'Instances & Images',
    securityGroups: 'Security Groups',
    createGroupButton: 'Create Security Group',
    createGroupTitle: 'Create Security Group',
    vpcSection: 'VPC',
    vpcs: 'VPCs',
    createVpcLink: 'Create VPC',
    vpc: 'VPC',
    vSwitch: 'vSwitch',
    vSwitches: 'vSwitches',
    createVSwitch: 'Create vSwitch',
    addRulesNow: 'Add Rule',
  },
  tencent: {
    computeSection: 'Cloud Virtual Machine',
    securityGroups: 'Security Group',
    createGroupButton: '+New',
    createGroupTitle: 'Create a security group',
    vpcSection: 'Virtual Private Cloud',
    vpcs: 'VPC',
    createVpcLink: 'Create VPC',
    vpc: 'VPC',
    vSwitch: 'Subnet',
    vSwitches: 'Subnets',
    createVSwitch: 'Create Subnet',
    addRulesNow: 'Add rules now',
  },
  jdcloud: {
    computeSection: 'Virtual Machines',
    securityGroups: 'Security Group',
    createGroupButton: 'Create',
    createGroupTitle: 'Create Security Group',
    vpcSection: 'Virtual Private Cloud',
    vpcs: 'Virtual Private Cloud',
    createVpcLink: 'Create Virtual Private Cloud',
    vpc: 'Virtual Private Cloud',
    vSwitch: 'Subnet',
    vSwitches: 'Subnets',
    createVSwitch: 'Create Subnet',
    addRulesNow: 'Add New Rule',
  },
};

/** The shown cloud's words. */
export function useCloudWords(): CloudWords {
  return CLOUD_WORDS[useEngine().profile.name];
}
