import { createTheme } from '@mantine/core';

/** Alibaba Cloud console orange as the primary colour. */
export const theme = createTheme({
  primaryColor: 'orange',
  fontFamily: 'Inter, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});
