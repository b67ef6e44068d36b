import { Progress, Stack, Text } from '@mantine/core';
import { useWorldBuild } from '../stores/world-build-store.ts';

/**
 * The world being built (a first start or a World menu reset), when it takes long enough to report: a progress
 * bar and what it counts. Once every step is done, the world is being saved.
 */
export function WorldBuildProgress() {
  const build = useWorldBuild((s) => s.build);
  if (!build || build.total === 0) return null;
  const label = build.world === 'large' ? 'Building the large world' : 'Building the world';
  const isSaving = build.done >= build.total;
  return (
    <Stack gap={4} w="100%" maw={480}>
      <Text size="sm">
        {isSaving
          ? `${label}: saving it in this browser…`
          : `${label}: ${build.done.toLocaleString('en-US')} of ${build.total.toLocaleString('en-US')} rules and instances`}
      </Text>
      <Progress value={(100 * build.done) / build.total} aria-label={label} animated={isSaving} />
    </Stack>
  );
}
