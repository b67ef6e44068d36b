import { problem, type Problem } from './problem.ts';
import type { Tag } from '../model/security-group.ts';
import type { CloudName } from '../profiles/profile.ts';

const URL_START = /^https?:\/\//i;
/** 2–128 characters; starts with a letter (any script); letters, digits, `:` `_` `.` `-`. */
const NAME = /^\p{L}[\p{L}\p{Nd}:_.-]{1,127}$/u;

/** JD Cloud's names: Chinese characters, letters, digits, `_` and `-`. */
const JD_NAME = /^[\u4e00-\u9fa5A-Za-z0-9_-]+$/u;

/**
 * SecurityGroupName by the cloud. Alibaba: optional (empty is allowed), else 2–128 chars starting with a letter.
 * Tencent (GroupName): required, any text up to 60 characters. JD: required, up to 32 Chinese characters, letters,
 * digits, `_` and `-`.
 */
export function securityGroupNameProblem(name: string, cloud: CloudName = 'alibaba'): Problem | null {
  if (cloud === 'tencent') {
    if (name.trim() === '') return problem('MissingParameter', 'The security group name is required.');
    return name.length > 60
      ? problem('InvalidParameterValue.TooLong', 'The security group name can be at most 60 characters long.')
      : null;
  }
  if (cloud === 'jdcloud') {
    return JD_NAME.test(name) && name.length <= 32
      ? null
      : problem(
          'INVALID_ARGUMENT',
          'The security group name is required: up to 32 Chinese characters, letters, digits, underscores (_) and hyphens (-).',
        );
  }
  if (name === '') return null;
  if (URL_START.test(name) || !NAME.test(name)) {
    return problem(
      'InvalidSecurityGroupName.Malformed',
      'The specified parameter SecurityGroupName is not valid. It must be 2 to 128 characters in length, start with a letter, and can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-). It cannot start with http:// or https://.',
    );
  }
  return null;
}

/** A security group's description by the cloud: Alibaba's rules below; Tencent up to 100 characters, JD 256. */
export function groupDescriptionProblem(description: string, cloud: CloudName = 'alibaba'): Problem | null {
  if (cloud === 'alibaba') return descriptionProblem(description);
  const max = cloud === 'tencent' ? 100 : 256;
  if (description.length <= max) return null;
  const code = cloud === 'tencent' ? 'InvalidParameterValue.TooLong' : 'INVALID_ARGUMENT';
  return problem(code, `The description can be at most ${max} characters long.`);
}

/** Description of a group (and of prefix or port lists): optional, else 2–256 chars, no URL start. */
export function descriptionProblem(description: string, code = 'InvalidDescription.Malformed'): Problem | null {
  if (description === '') return null;
  if (description.length < 2 || description.length > 256 || URL_START.test(description)) {
    return problem(
      code,
      'The specified parameter Description is not valid. It must be 2 to 256 characters in length and cannot start with http:// or https://.',
    );
  }
  return null;
}

/** Rule description: 1–512 characters. */
export function ruleDescriptionProblem(description: string, max = 512): Problem | null {
  if (description.length > max) {
    return problem(
      'InvalidSecurityGroupDiscription.Malformed',
      `The specified parameter Description is not valid. The description of a rule can be up to ${max} characters long.`,
    );
  }
  return null;
}

export function tagsProblem(tags: readonly Tag[], maxTags: number): Problem | null {
  if (tags.length > maxTags) {
    return problem('QuotaExceed.Tags', `The maximum number of tags (${maxTags}) is exceeded.`, 403);
  }
  const seen = new Set<string>();
  for (const { TagKey, TagValue } of tags) {
    if (TagKey === '' || TagKey.length > 128 || /^(aliyun|acs:)/i.test(TagKey) || /https?:\/\//i.test(TagKey)) {
      return problem(
        'InvalidTagKey.Malformed',
        'The specified Tag.n.Key is not valid. It must be 1 to 128 characters long, cannot start with aliyun or acs:, and cannot contain http:// or https://.',
      );
    }
    if (TagValue.length > 128 || /https?:\/\//i.test(TagValue)) {
      return problem(
        'InvalidTagValue.Malformed',
        'The specified Tag.n.Value is not valid. It can be up to 128 characters long and cannot contain http:// or https://.',
      );
    }
    if (seen.has(TagKey)) return problem('Duplicate.TagKey', `The Tag.N.Key contains duplicate key: ${TagKey}.`);
    seen.add(TagKey);
  }
  return null;
}
