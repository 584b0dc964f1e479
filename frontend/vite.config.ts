/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The .test.ts files that need a browser's globals (the bridge and the save
// registry use window and its events; formatting reads navigator's
// languages); every other .test.ts is a pure rule.
const domRules = [
  'src/lib/__tests__/bridge.test.ts',
  'src/lib/__tests__/save-registry.test.ts',
  'src/lib/__tests__/format.test.ts',
  'src/lib/__tests__/months.test.ts',
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    globals: true,
    css: false,
    // Two projects: what renders or touches the DOM runs in jsdom, one file
    // per fresh environment; the pure rules (every other .test.ts) run in
    // Node in one shared module graph, which skips jsdom's start-up per file.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup.ts'],
          include: ['src/**/*.test.tsx', ...domRules],
        },
      },
      {
        extends: true,
        test: {
          name: 'rules',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: domRules,
          isolate: false,
        },
      },
    ],
  },
});
