import { Group, Select, TextInput } from '@mantine/core';
import { portFilterValue, type RuleFilters } from './rule-filters.ts';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { protocolOptions } from './protocol-options.ts';

interface RuleFilterBarProps {
  filters: RuleFilters;
  onChange: (filters: RuleFilters) => void;
}

/** Filters of the rule table: free text, a port number, a protocol. They live in the URL. */
export function RuleFilterBar({ filters, onChange }: RuleFilterBarProps) {
  const isPortInvalid = filters.port.trim() !== '' && portFilterValue(filters.port) === null;
  return (
    <Group gap="xs" align="flex-start">
      <TextInput
        aria-label="Search rules"
        placeholder="Authorization object, description or rule ID"
        value={filters.text}
        onChange={(e) => onChange({ ...filters, text: e.currentTarget.value })}
        w={360}
      />
      <TextInput
        aria-label="Filter by port"
        placeholder="Port, e.g. 443"
        value={filters.port}
        onChange={(e) => onChange({ ...filters, port: e.currentTarget.value })}
        error={isPortInvalid ? 'Enter a port number.' : undefined}
        w={140}
      />
      <Select
        aria-label="Filter by protocol"
        placeholder="All protocols"
        data={protocolOptions(useRuleView())}
        value={filters.protocol || null}
        onChange={(value) => onChange({ ...filters, protocol: value ?? '' })}
        clearable
        w={180}
      />
    </Group>
  );
}
