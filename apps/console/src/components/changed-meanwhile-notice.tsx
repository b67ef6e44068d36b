import { Alert, Button, List, Stack } from '@mantine/core';

interface ChangedMeanwhileNoticeProps {
  /** What changed since the dialog was opened; nothing shows when empty. */
  changes: readonly string[];
  /** Takes the current values into the dialog; absent when there is nothing to reload (the thing is gone). */
  onReload?: () => void;
}

/** Says, in a dialog, that what it edits changed elsewhere since it was opened, and offers its current values. */
export function ChangedMeanwhileNotice({ changes, onReload }: ChangedMeanwhileNoticeProps) {
  if (changes.length === 0) return null;
  return (
    <Alert color="yellow" title="Changed in another tab or window since this dialog was opened" role="status">
      <Stack gap="xs" align="flex-start">
        <List size="sm">
          {changes.map((change) => (
            <List.Item key={change}>{change}</List.Item>
          ))}
        </List>
        {onReload && (
          <Button size="xs" variant="default" onClick={onReload}>
            Reload values
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
