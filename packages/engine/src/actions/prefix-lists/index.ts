import { createPrefixList } from './create-prefix-list.ts';
import { deletePrefixList } from './delete-prefix-list.ts';
import { describePrefixListAssociations } from './describe-prefix-list-associations.ts';
import { describePrefixListAttributes } from './describe-prefix-list-attributes.ts';
import { describePrefixLists } from './describe-prefix-lists.ts';
import { modifyPrefixList } from './modify-prefix-list.ts';

export const prefixListActions = {
  CreatePrefixList: createPrefixList,
  ModifyPrefixList: modifyPrefixList,
  DeletePrefixList: deletePrefixList,
  DescribePrefixLists: describePrefixLists,
  DescribePrefixListAttributes: describePrefixListAttributes,
  DescribePrefixListAssociations: describePrefixListAssociations,
};
