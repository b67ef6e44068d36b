import { Alert, Code, Text } from '@mantine/core';
import { isEngineError } from '@sg/engine';

/** An engine error as the API gives it: Code and Message, with the RequestId (when it has one) for reference. */
export function ApiError({ error, title = 'The request failed' }: { error: unknown; title?: string }) {
  if (!isEngineError(error)) {
    return (
      <Alert color="red" title={title} role="alert">
        {String(error)}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm" fw={600}>
        <Code>{error.Code}</Code>
      </Text>
      <Text size="sm">{error.Message}</Text>
      {/* Errors raised outside engine.call (an import file refused before it reaches the engine) have none. */}
      {error.RequestId && (
        <Text size="xs" c="dimmed">
          RequestId: {error.RequestId}
        </Text>
      )}
    </Alert>
  );
}
