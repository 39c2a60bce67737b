import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp.ts';

export default defineConfig({
  // Relative asset URLs so the built dist/ works from any static path (or file server sub-folder).
  base: './',
  // Build only: adds the Content-Security-Policy <meta> (nothing from the network): scripts/csp.ts.
  plugins: [react(), cspPlugin('server')],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // DOM tests opt in per file: // @vitest-environment jsdom (or happy-dom)
    environment: 'node',
    // Property tests and the LibreOffice round trips take seconds each; on a shared 2-core machine
    // the 5 s default fails them for load, not for behaviour.
    testTimeout: 30_000,
  },
});
