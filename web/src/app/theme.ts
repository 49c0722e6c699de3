import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Colours checked for 4.5:1 contrast on white; state is never shown by colour alone. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  focusRing: 'always',
  // no sliding and fading for people who asked their system for less motion
  respectReducedMotion: true,
  colors: {
    // darker "dimmed" grey so secondary text keeps 4.5:1
    gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#5c636a', '#495057', '#343a40', '#212529'],
  },
});

/** Mantine's error red (#fa5252) is 3.6:1 on white; this one is 5.9:1. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-error': '#b3261e' },
  dark: {},
});
