import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { openBrowserEngine } from '../lib/open-engine.ts';
import { BootError } from './boot-error.tsx';
import { Providers } from './providers.tsx';

const root = createRoot(document.getElementById('root')!);

openBrowserEngine().then(
  (engine) => root.render(<Providers engine={engine} />),
  (error: unknown) => root.render(<BootError error={error} />),
);
