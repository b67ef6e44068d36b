import { REGION } from './sdk-world.ts';
import { newGroup, newGroupWithRule, newPortList, newPrefixList, type SdkCall } from './sdk-call-support.ts';

export const ruleCalls: Record<string, SdkCall> = {
  AuthorizeSecurityGroup: {
    call: async (w) =>
      w.engine.call('AuthorizeSecurityGroup', {
        RegionId: REGION,
        SecurityGroupId: await newGroup(w),
        Permissions: [{ IpProtocol: 'TCP', PortRange: '6379/6379', SourceGroupId: w.webGroupId, Priority: '1' }],
      }),
  },
  AuthorizeSecurityGroupEgress: {
    call: async (w) =>
      w.engine.call('AuthorizeSecurityGroupEgress', {
        RegionId: REGION,
        SecurityGroupId: await newGroup(w),
        Permissions: [{ IpProtocol: 'TCP', PortRange: '443/443', DestPrefixListId: w.prefixListId, Priority: '1' }],
      }),
  },
  RevokeSecurityGroup: {
    async call(w) {
      const [SecurityGroupId, ruleId] = await newGroupWithRule(w, 'ingress');
      return w.engine.call('RevokeSecurityGroup', { RegionId: REGION, SecurityGroupId, SecurityGroupRuleId: [ruleId] });
    },
  },
  RevokeSecurityGroupEgress: {
    async call(w) {
      const [SecurityGroupId, ruleId] = await newGroupWithRule(w, 'egress');
      return w.engine.call('RevokeSecurityGroupEgress', {
        RegionId: REGION,
        SecurityGroupId,
        SecurityGroupRuleId: [ruleId],
      });
    },
  },
  ModifySecurityGroupRule: {
    async call(w) {
      const [SecurityGroupId, SecurityGroupRuleId] = await newGroupWithRule(w, 'ingress');
      return w.engine.call('ModifySecurityGroupRule', {
        RegionId: REGION,
        SecurityGroupId,
        SecurityGroupRuleId,
        PortRange: '2222/2222',
      });
    },
  },
  ModifySecurityGroupEgressRule: {
    async call(w) {
      const [SecurityGroupId, SecurityGroupRuleId] = await newGroupWithRule(w, 'egress');
      return w.engine.call('ModifySecurityGroupEgressRule', {
        RegionId: REGION,
        SecurityGroupId,
        SecurityGroupRuleId,
        Description: 'SSH to the VPC',
      });
    },
  },
  TagResources: {
    call: (w) =>
      w.engine.call('TagResources', {
        RegionId: REGION,
        ResourceType: 'securitygroup',
        ResourceId: [w.dbGroupId],
        Tag: [{ Key: 'owner', Value: 'dba' }],
      }),
  },
  ListTagResources: {
    call: (w) =>
      w.engine.call('ListTagResources', {
        RegionId: REGION,
        ResourceType: 'securitygroup',
        ResourceId: [w.webGroupId],
      }),
    filled: ['TagResources.TagResource'],
  },
  UntagResources: {
    call: (w) =>
      w.engine.call('UntagResources', {
        RegionId: REGION,
        ResourceType: 'securitygroup',
        ResourceId: [w.webGroupId],
        TagKey: ['app'],
      }),
  },
};

export const listCalls: Record<string, SdkCall> = {
  CreatePrefixList: {
    call: (w) =>
      w.engine.call('CreatePrefixList', {
        RegionId: REGION,
        PrefixListName: 'partners',
        AddressFamily: 'IPv4',
        MaxEntries: 20,
        Entry: [{ Cidr: '203.0.113.0/24', Description: 'Partner A' }],
      }),
  },
  ModifyPrefixList: {
    call: (w) =>
      w.engine.call('ModifyPrefixList', {
        RegionId: REGION,
        PrefixListId: w.prefixListId,
        AddEntry: [{ Cidr: '121.40.19.0/24', Description: 'Second floor' }],
      }),
  },
  DeletePrefixList: {
    call: async (w) => w.engine.call('DeletePrefixList', { RegionId: REGION, PrefixListId: await newPrefixList(w) }),
  },
  DescribePrefixLists: {
    call: (w) => w.engine.call('DescribePrefixLists', { RegionId: REGION }),
    filled: ['PrefixLists.PrefixList'],
  },
  DescribePrefixListAttributes: {
    call: (w) => w.engine.call('DescribePrefixListAttributes', { RegionId: REGION, PrefixListId: w.prefixListId }),
    filled: ['Entries.Entry'],
  },
  DescribePrefixListAssociations: {
    call: (w) => w.engine.call('DescribePrefixListAssociations', { RegionId: REGION, PrefixListId: w.prefixListId }),
    filled: ['PrefixListAssociations.PrefixListAssociation'],
  },
  CreatePortRangeList: {
    call: (w) =>
      w.engine.call('CreatePortRangeList', {
        RegionId: REGION,
        PortRangeListName: 'db-ports',
        MaxEntries: 20,
        Entry: [{ PortRange: '3306/3306', Description: 'MySQL' }],
      }),
  },
  ModifyPortRangeList: {
    call: (w) =>
      w.engine.call('ModifyPortRangeList', {
        RegionId: REGION,
        PortRangeListId: w.portRangeListId,
        AddEntry: [{ PortRange: '9200/9200', Description: 'Search' }],
      }),
  },
  DeletePortRangeList: {
    call: async (w) =>
      w.engine.call('DeletePortRangeList', { RegionId: REGION, PortRangeListId: await newPortList(w) }),
  },
  DescribePortRangeLists: {
    call: (w) => w.engine.call('DescribePortRangeLists', { RegionId: REGION }),
    filled: ['PortRangeLists'],
  },
  DescribePortRangeListEntries: {
    call: (w) =>
      w.engine.call('DescribePortRangeListEntries', { RegionId: REGION, PortRangeListId: w.portRangeListId }),
    filled: ['Entries'],
  },
  DescribePortRangeListAssociations: {
    call: (w) =>
      w.engine.call('DescribePortRangeListAssociations', { RegionId: REGION, PortRangeListId: w.portRangeListId }),
    filled: ['PortRangeListAssociations'],
  },
};
