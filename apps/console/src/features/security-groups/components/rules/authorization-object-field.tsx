import { Grid, Select, TextInput } from '@mantine/core';
import type { AuthorizationType } from '@sg/engine/forms';
import { useRuleView } from '../../../../lib/use-rule-view.ts';
import { PeerGroupPicker, type PickerScope } from './peer-group-picker.tsx';
import { PrefixListPicker } from './prefix-list-picker.tsx';

const PLACEHOLDERS: Partial<Record<AuthorizationType, string>> = {
  ipv4: '0.0.0.0/0 or 10.0.0.0/8, 192.168.0.1 (up to 10, comma-separated)',
  ipv6: '::/0 or 2001:db8::/32 (up to 10, comma-separated)',
};

interface AuthorizationObjectFieldProps {
  direction: 'ingress' | 'egress';
  type: AuthorizationType;
  /** The objects as the row holds them: comma-separated. */
  objects: string;
  error: string | undefined;
  labelSuffix: string;
  /** Where pickers look, and whether they pick several objects (add) or one (Modify). */
  scope: PickerScope & { multiple: boolean };
  onTypeChange: (type: AuthorizationType) => void;
  onObjectsChange: (objects: string) => void;
  onLeave: () => void;
}

const split = (objects: string) =>
  objects
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');

/**
 * "Authorization Type" and the authorization object it asks for (two grid columns): CIDR blocks typed in a text
 * field, security groups or prefix lists picked from the engine's lists. The kinds offered are the cloud's (the
 * dialect's `peers`), in its words. The engine checks the objects against the type on Save (an IPv6 block under
 * IPv4 gets the IPv4 field's code).
 */
export function AuthorizationObjectField(props: AuthorizationObjectFieldProps) {
  const { direction, type, objects, error, labelSuffix, scope, onTypeChange, onObjectsChange, onLeave } = props;
  const { dialect, words } = useRuleView();
  const types = dialect.peers.map((value) => ({ value, label: words.authorizationTypes[value] }));
  const field = {
    label: words.fields.peer[direction],
    ariaLabel: `${words.headers.peer[direction]}${labelSuffix}`,
    error,
    values: split(objects),
    multiple: scope.multiple,
    onChange: (ids: string[]) => onObjectsChange(ids.join(',')),
    onBlur: onLeave,
  };
  return (
    <>
      <Grid.Col span={3}>
        <Select
          label="Authorization Type"
          aria-label={`Authorization Type${labelSuffix}`}
          data={types}
          value={type}
          allowDeselect={false}
          onChange={(value) => value && value !== type && onTypeChange(value as AuthorizationType)}
        />
      </Grid.Col>
      <Grid.Col span={5}>
        {type === 'group' ? (
          <PeerGroupPicker {...field} scope={scope} />
        ) : type === 'prefixList' ? (
          <PrefixListPicker {...field} regionId={scope.regionId} />
        ) : (
          <TextInput
            label={field.label}
            aria-label={field.ariaLabel}
            placeholder={PLACEHOLDERS[type]}
            value={objects}
            error={error}
            onChange={(e) => onObjectsChange(e.currentTarget.value)}
            onBlur={onLeave}
          />
        )}
      </Grid.Col>
    </>
  );
}
