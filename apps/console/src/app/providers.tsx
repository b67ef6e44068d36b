import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Engine } from '@sg/engine';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { EngineProvider } from '../lib/engine-provider.tsx';
import { createQueryClient } from '../lib/query-client.ts';
import { theme } from './theme.ts';
import { createAppRouter } from './router.tsx';

export function Providers({ engine }: { engine: Engine }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  return (
    <MantineProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <EngineProvider engine={engine}>
          <RouterProvider router={router} />
        </EngineProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
