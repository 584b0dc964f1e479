// ESLint flat config for the front end (run by `npm run lint`, which `make lint-web` and `make test` run).
// See docs/decisions.md, "Front-end lint and format".
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const here = fileURLToPath(new URL('.', import.meta.url));

// Layers: shared code (components, lib, testing) → features → app. A feature never imports another
// feature; what two features need lives in shared code. Features and shared code never import src/app.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const shared = ['./src/components', './src/lib', './src/testing'];
const boundaries = [
  ...features.map((f) => ({
    target: `./src/features/${f}`,
    from: './src/features',
    except: [`./${f}`],
    message: 'A feature never imports another feature: move what both need into src/lib or src/components.',
  })),
  ...shared.map((s) => ({
    target: s,
    from: ['./src/features', './src/app'],
    message: 'Shared code never imports a feature or the app shell.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app shell (src/app); the app imports features.',
  },
];

export default defineConfig(
  { ignores: ['dist/', 'wailsjs/', 'node_modules/', 'test-results/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
  },
  {
    // Type-aware rules, only over the app's sources (the tsconfig project).
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: here },
      globals: globals.browser,
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.json'],
          tsconfig: { configFile: `${here}tsconfig.json` },
        }),
      ],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      // The bridge rejects with AppError objects ({ code, message, field }), the one error shape the UI shows.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'file', name: 'AppError', path: 'src/lib/errors.ts' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/__tests__/**', 'src/testing/**'],
    rules: {
      // Fakes of bound Go methods are `async () => value` (they must return a promise) and reject
      // with plain objects, as the Go side does.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      // expect(obj.method).toHaveBeenCalled() passes a mock, never calls it unbound.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.config.{js,ts,cjs}', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['e2e/**/*.mjs'],
    // The journeys run code inside the window through page.evaluate.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
