import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  // Relative asset URLs so the built dist/ works from any static path (or file server sub-folder).
  base: './',
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // DOM tests opt in per file: // @vitest-environment jsdom (or happy-dom)
    environment: 'node',
  },
});
