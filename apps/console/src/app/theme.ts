import { createTheme, Modal, type MantineColorsTuple } from '@mantine/core';

/**
 * Alibaba Cloud console orange, darkened where text sits on it or is written in it: Mantine's own orange (#fd7e14)
 * gives white button text 2.6:1, under WCAG AA's 4.5:1. Shade 6 (filled buttons, links, the light variant's text) is
 * #c2410c: 5.2:1 with white.
 */
const consoleOrange: MantineColorsTuple = [
  '#fff7ed',
  '#ffedd5',
  '#fed7aa',
  '#fdba74',
  '#fb923c',
  '#f97316',
  '#c2410c',
  '#b13a0b',
  '#9a3412',
  '#7c2d12',
];

/**
 * Dialogs and menus open without their transitions for users who ask their system for reduced motion. A dialog
 * closes at once (no exit fade): after OK the page behind already shows the change, and a 200 ms fade-out only
 * delays seeing it.
 */
export const theme = createTheme({
  components: {
    Modal: Modal.extend({ defaultProps: { transitionProps: { duration: 150, exitDuration: 0 } } }),
  },
  colors: { orange: consoleOrange },
  primaryColor: 'orange',
  primaryShade: 6,
  respectReducedMotion: true,
  fontFamily: 'Inter, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
});
