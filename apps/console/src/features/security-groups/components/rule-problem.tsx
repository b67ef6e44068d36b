import { Code, Stack, Text } from '@mantine/core';

/** Why a rule was refused or left out, in the engine's words: its Code and Message. */
export function RuleProblem({ code, message }: { code?: string; message?: string }) {
  if (!code && !message) return null;
  return (
    <Stack gap={2}>
      {code && (
        <Text size="xs" fw={600}>
          <Code>{code}</Code>
        </Text>
      )}
      {message && <Text size="xs">{message}</Text>}
    </Stack>
  );
}
