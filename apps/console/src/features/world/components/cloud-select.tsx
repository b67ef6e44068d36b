import { Select } from '@mantine/core';
import type { CloudName } from '@sg/engine';
import { CLOUD_NAMES, CLOUDS, isCloudName } from '../../../lib/clouds.ts';

interface CloudSelectProps {
  cloud: CloudName;
  onChange: (cloud: CloudName) => void;
}

/** Which cloud the console is; each keeps its own world, so switching loses nothing. */
export function CloudSelect({ cloud, onChange }: CloudSelectProps) {
  return (
    <Select
      label="Cloud"
      size="xs"
      w={250}
      allowDeselect={false}
      value={cloud}
      data={CLOUD_NAMES.map((name) => ({ value: name, label: CLOUDS[name].profile.displayName }))}
      onChange={(value) => value && isCloudName(value) && onChange(value)}
      comboboxProps={{ withinPortal: true }}
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { marginBottom: 0 } }}
    />
  );
}
