import { Alert, Stack, Text } from '@mantine/core';

interface RowMessagesProps {
  advice: string;
  warnings: { code: string; message: string }[];
  error: string | null;
}

/** What is said under a row: the quick choice's advice, the engine's warnings, a refusal about no one field. */
export function RowMessages({ advice, warnings, error }: RowMessagesProps) {
  if (!advice && warnings.length === 0 && !error) return null;
  return (
    <Stack gap={4}>
      {advice && (
        <Text size="xs" c="dimmed">
          {advice}
        </Text>
      )}
      {warnings.map((w) => (
        <Alert key={w.code + w.message} color="yellow" p={6} variant="light" role="status">
          <Text size="xs">
            <Text span fw={600} size="xs">
              Warning:{' '}
            </Text>
            {w.message}
          </Text>
        </Alert>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
