import { createTheme } from '@mantine/core';

/**
 * Alibaba Cloud console orange as the primary colour. Dialogs and menus open without their transitions for users who
 * ask their system for reduced motion.
 */
export const theme = createTheme({
  primaryColor: 'orange',
  respectReducedMotion: true,
  fontFamily: 'Inter, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});
