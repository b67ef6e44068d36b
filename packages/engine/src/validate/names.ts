import { problem, type Problem } from './problem.ts';
import type { Tag } from '../model/security-group.ts';

const URL_START = /^https?:\/\//i;
/** 2–128 characters; starts with a letter (any script); letters, digits, `:` `_` `.` `-`. */
const NAME = /^\p{L}[\p{L}\p{Nd}:_.-]{1,127}$/u;

/** SecurityGroupName: optional (empty is allowed), else 2–128 chars starting with a letter. */
export function securityGroupNameProblem(name: string): Problem | null {
  if (name === '') return null;
  if (URL_START.test(name) || !NAME.test(name)) {
    return problem(
      'InvalidSecurityGroupName.Malformed',
      'The specified parameter SecurityGroupName is not valid. It must be 2 to 128 characters in length, start with a letter, and can contain letters, digits, colons (:), underscores (_), periods (.) and hyphens (-). It cannot start with http:// or https://.',
    );
  }
  return null;
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
export function ruleDescriptionProblem(description: string): Problem | null {
  if (description.length > 512) {
    return problem(
      'InvalidSecurityGroupDiscription.Malformed',
      'The specified parameter Description is not valid. The description of a rule can be up to 512 characters long.',
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
