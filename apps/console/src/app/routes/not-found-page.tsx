import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { defaultRegion, paths } from '../../lib/paths.ts';

export function NotFoundPage() {
  return (
    <Alert color="red" title="Page not found" m="lg">
      There is no page at this address.{' '}
      <Anchor component={Link} to={paths.securityGroups(defaultRegion())}>
        Go to Security Groups
      </Anchor>
    </Alert>
  );
}
