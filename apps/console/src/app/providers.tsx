import { MantineProvider } from '@mantine/core';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { theme } from './theme.ts';
import { createAppRouter } from './router.tsx';

/** The router comes first: the URL says which cloud is shown, and each cloud's route opens its own engine. */
export function Providers() {
  const [router] = useState(createAppRouter);
  return (
    <MantineProvider theme={theme}>
      <RouterProvider router={router} />
    </MantineProvider>
  );
}
