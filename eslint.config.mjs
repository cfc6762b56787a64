// Lint, and the walls between the project's rooms (ARCHITECTURE.md): an import across a wall fails `npm run lint`, and
// so `npm test`. Every import must resolve, so that no import slips past a wall unseen.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Test files and test helpers: they may cross walls (a wire test drives a resource against the emulator). */
const TESTS = ['**/*.test.ts', 'test/**'];

/** What production code is: everything that ships. */
const PRODUCTION = ['provider/**/*.ts', 'emulator/**/*.ts', 'constructs/**/*.ts'];

/** Everything of the provider that knows ClickStack (all of provider/ but the runtime). */
const CLICKSTACK = [
  './provider/client',
  './provider/resources',
  './provider/data-sources',
  './provider/shared',
  './provider/values.ts',
  './provider/provider.ts',
  './provider/main.ts',
  './provider/snapshot-main.ts',
  './provider/warm-cli.ts',
  './provider/export',
  './emulator',
];

const walls = [
  {
    target: './provider/runtime',
    from: CLICKSTACK,
    message: 'The runtime (Terraform plugin protocol) knows nothing of ClickStack.',
  },
  {
    target: './provider/client',
    from: ['./provider/runtime', './provider/resources', './provider/data-sources', './provider/shared', './provider/provider.ts', './provider/main.ts'],
    message: 'The client knows nothing of Terraform: not the runtime, resources or data sources.',
  },
  {
    target: './provider/values.ts',
    from: ['./provider', './emulator', './constructs'],
    except: ['./values.ts'],
    message: 'provider/values.ts depends on nothing.',
  },
  {
    target: './provider/shared',
    from: ['./provider/resources', './provider/data-sources', './provider/provider.ts', './provider/main.ts'],
    message: 'What resources and data sources share depends on neither.',
  },
  {
    target: './provider/resources',
    from: ['./provider/data-sources', './provider/provider.ts', './provider/main.ts'],
    message: 'A resource does not depend on a data source: what both need belongs in provider/shared.',
  },
  {
    target: './provider/warm-cli.ts',
    from: ['./provider', './emulator', './constructs'],
    except: ['./runtime'],
    message: 'clickstack-warm starts a provider process and loads none of its code: only the runtime (runtime/warm.ts).',
  },
  {
    target: './provider',
    from: ['./emulator', './constructs'],
    message: 'The provider does not know the emulator (or the constructs built on it).',
  },
  {
    target: ['./provider/client', './provider/shared', './provider/resources', './provider/data-sources', './provider/provider.ts', './provider/main.ts', './provider/values.ts'],
    from: ['./provider/export'],
    message: 'Nothing in the provider depends on the exporter (provider/export): it is a tool built on the provider.',
  },
  {
    target: './provider/export',
    from: ['./provider/data-sources'],
    message: "The exporter knows the client, the resources' mapping and the value lists; lookups are written as code, not run.",
  },
  {
    target: './constructs',
    from: ['./provider'],
    except: ['./values.ts'],
    message: 'The constructs know the generated bindings and provider/values.ts, not the provider\'s internals.',
  },
  {
    target: './constructs/model',
    from: ['./constructs'],
    except: ['./model'],
    message: 'The definitions are plain data: they know provider/values.ts, not the constructs or the bindings.',
  },
  {
    target: './emulator',
    from: ['./provider', './constructs'],
    message: 'The emulator shares no code with the provider, so that a misreading of the API cannot hide in both.',
  },
];

/** Production code never imports a test or a test helper. */
const testWalls = [
  { target: PRODUCTION.map((glob) => `./${glob}`), from: ['./test/**'], message: 'Production code does not import test helpers.' },
  { target: PRODUCTION.map((glob) => `./${glob}`), from: ['./**/*.test.ts'], message: 'Production code does not import tests.' },
];

export default tseslint.config(
  // constructs/bindings and bindings-cdktn are generated (npm run generate) and checked against a fresh generation, not linted.
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.terraform-mirror/', 'constructs/bindings/', 'constructs/bindings-cdktn/', '**/.gen/', '**/cdktf.out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // The examples import the package by its name, as users do (tsconfig.json maps it to constructs/; the cdktn entry
      // point exists once npm pack has compiled it).
      'import-x/no-unresolved': ['error', { ignore: ['^clickstack-cdktf(/cdktn)?$'] }],
      // Without types it takes any method named `apply` for Function.prototype.apply (the harness's `apply(null, config)`).
      'prefer-spread': 'off',
    },
  },
  {
    files: PRODUCTION,
    ignores: TESTS,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...walls, ...testWalls] }] },
  },
  {
    // Tiles, select items, layout and the other definitions are plain data, so that only the thin construct layer
    // depends on the CDK library (and a port to its fork CDK Terrain stays small).
    files: ['constructs/model/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['cdktf', 'constructs'].map((name) => ({ name, message: 'constructs/model/ holds plain data: no CDK library here.' })),
        },
      ],
    },
  },
  {
    files: TESTS,
    // JSON and text under test are untyped by nature.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
