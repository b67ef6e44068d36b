import { Alert } from '@mantine/core';
import { PageHeader } from '../../components/page-header.tsx';

/** A page the navigation already shows, whose capability is planned but not built yet. */
export function ComingPage({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Alert color="blue" title="Coming soon">
        {title} are not available in SG Console yet.
      </Alert>
    </>
  );
}
