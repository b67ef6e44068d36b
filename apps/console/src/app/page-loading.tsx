import { Center, Loader } from '@mantine/core';

/** While a page's code loads (each page is its own chunk): the header and navigation stay, the page area waits. */
export function PageLoading() {
  return (
    <Center py="xl" role="status" aria-label="Loading page">
      <Loader />
    </Center>
  );
}
