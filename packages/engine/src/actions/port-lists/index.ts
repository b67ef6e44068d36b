import { createPortRangeList } from './create-port-range-list.ts';
import { deletePortRangeList } from './delete-port-range-list.ts';
import { describePortRangeListAssociations } from './describe-port-range-list-associations.ts';
import { describePortRangeListEntries } from './describe-port-range-list-entries.ts';
import { describePortRangeLists } from './describe-port-range-lists.ts';
import { modifyPortRangeList } from './modify-port-range-list.ts';

export const portRangeListActions = {
  CreatePortRangeList: createPortRangeList,
  ModifyPortRangeList: modifyPortRangeList,
  DeletePortRangeList: deletePortRangeList,
  DescribePortRangeLists: describePortRangeLists,
  DescribePortRangeListEntries: describePortRangeListEntries,
  DescribePortRangeListAssociations: describePortRangeListAssociations,
};
