import { describe, expect, it } from 'vitest';
import { registry } from '../actions/registry.ts';
import { actionsInSdk, sdkRequest, sdkResponse } from './sdk-models.ts';
import { responseDifferences } from './sdk-walk.ts';

describe('the SDK model reader', () => {
  it('reads nested models by wire name and finds the actions the SDK shares with the engine', () => {
    const body = sdkResponse('DescribePortRangeLists')!;
    const lists = body.fields.get('PortRangeLists');
    expect(lists?.kind).toBe('array');
    expect(sdkRequest('AuthorizeSecurityGroup')!.fields.has('Permissions')).toBe(true);
    expect(sdkRequest('DescribeSecurityGroupSnapshots')).toBeUndefined();
    expect(actionsInSdk(Object.keys(registry)).length).toBeGreaterThanOrEqual(44);
  });

  it('reports a field the SDK lacks, a missing field and a wrong type, each once', () => {
    const body = sdkResponse('DescribePortRangeLists')!;
    const answer = {
      RequestId: 'r',
      NextToken: 7,
      PortRangeLists: [
        { PortRangeListId: 'prl-1', Extra: 1 },
        { PortRangeListId: 'prl-2', Extra: 2 },
      ],
    };
    const found = responseDifferences(answer, body);
    expect(found).toContainEqual({ path: 'NextToken', kind: 'wrong type', detail: 'string, not number' });
    expect(found).toContainEqual({ path: 'PortRangeLists[].Extra', kind: 'not in the SDK' });
    expect(found).toContainEqual({ path: 'PortRangeLists[].MaxEntries', kind: 'missing' });
    expect(found.filter((d) => d.path === 'PortRangeLists[].Extra')).toHaveLength(1);
  });
});
