import { describe, expect, it } from 'vitest';
import { alibabaProfile } from './alibaba.ts';
import { problemInCloudTerms } from './cloud-errors.ts';
import { jdcloudProfile } from './jdcloud.ts';
import { tencentProfile } from './tencent.ts';

const malformedCidr = {
  Code: 'InvalidSourceCidrIp.Malformed',
  Message: 'The specified parameter SourceCidrIp is not valid.',
  HttpStatus: 400,
};

describe('problemInCloudTerms', () => {
  it("keeps Alibaba's codes, which are the engine's own", () => {
    expect(problemInCloudTerms(malformedCidr, alibabaProfile)).toBe(malformedCidr);
  });

  it("gives Tencent's and JD Cloud's code for the same problem, keeping the message", () => {
    expect(problemInCloudTerms(malformedCidr, tencentProfile)).toEqual({
      ...malformedCidr,
      Code: 'InvalidParameterValue.Malformed',
    });
    expect(problemInCloudTerms(malformedCidr, jdcloudProfile)).toEqual({ ...malformedCidr, Code: 'INVALID_ARGUMENT' });
  });

  it("takes the cloud's status and message where the cloud gives them", () => {
    const quota = { Code: 'QuotaExceed.SecurityGroupPerVpc', Message: 'Quota exceeded.', HttpStatus: 403 };
    expect(problemInCloudTerms(quota, jdcloudProfile)).toEqual({
      Code: 'QUOTA_EXCEEDED',
      HttpStatus: 429,
      Message: 'The number of security groups under selected virtual private cloud resource has reached 50',
    });
  });

  it("leaves a code that is already the cloud's as it is", () => {
    const coexist = { Code: 'InvalidParameter.Coexist', Message: 'Port must be ALL.', HttpStatus: 400 };
    expect(problemInCloudTerms(coexist, tencentProfile)).toBe(coexist);
    const jd = { Code: 'INVALID_ARGUMENT', Message: 'Bad port.', HttpStatus: 400 };
    expect(problemInCloudTerms(jd, jdcloudProfile)).toBe(jd);
  });
});
