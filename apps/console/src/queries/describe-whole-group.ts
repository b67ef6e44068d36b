import type { Call, ParamsOf, ResponseOf } from '@sg/engine';

/** The most rules DescribeSecurityGroupAttribute answers in one page (MaxResults 10 to 1,000; 500 unless asked). */
const MOST_RULES_PER_PAGE = 1000;

/**
 * DescribeSecurityGroupAttribute with every rule of the group: pages of 1,000, NextToken followed. A group at a
 * raised rule quota (the large world's 1,000-rule groups) holds more than the default page of 500.
 */
export async function describeWholeGroup(
  call: Call,
  params: Omit<ParamsOf<'DescribeSecurityGroupAttribute'>, 'MaxResults' | 'NextToken'>,
): Promise<ResponseOf<'DescribeSecurityGroupAttribute'>> {
  const first = await call('DescribeSecurityGroupAttribute', { ...params, MaxResults: MOST_RULES_PER_PAGE });
  const rules = [...first.Permissions.Permission];
  let { NextToken } = first;
  while (NextToken) {
    const next = await call('DescribeSecurityGroupAttribute', {
      ...params,
      MaxResults: MOST_RULES_PER_PAGE,
      NextToken,
    });
    rules.push(...next.Permissions.Permission);
    NextToken = next.NextToken;
  }
  return { ...first, NextToken: '', Permissions: { Permission: rules } };
}
