import '@mantine/core/styles.css';
import { createRoot } from 'react-dom/client';
import { Providers } from './providers.tsx';

createRoot(document.getElementById('root')!).render(<Providers />);
