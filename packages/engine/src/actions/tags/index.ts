import { listTagResources } from './list-tag-resources.ts';
import { tagResources } from './tag-resources.ts';
import { untagResources } from './untag-resources.ts';

export const tagActions = {
  TagResources: tagResources,
  UntagResources: untagResources,
  ListTagResources: listTagResources,
};
