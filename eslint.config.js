// Lint rules, including the direction of imports (architecture.md, rule 1):
//   shared → client | server;  inside the client: lower layers → features → app.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync('src/client/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Which folders may not be imported from which. */
const zones = [
  {
    target: './src/shared',
    from: ['./src/client', './src/server'],
    message: 'shared/ runs on both sides: it imports only zod and shared/.',
  },
  {
    target: './src/client',
    from: './src/server',
    message: 'The client never imports server code.',
  },
  {
    target: './src/server',
    from: './src/client',
    message: 'The server never imports client code.',
  },
  ...['db', 'api', 'sync', 'pwa', 'i18n', 'components', 'lib'].map((layer) => ({
    target: `./src/client/${layer}`,
    from: ['./src/client/features', './src/client/app'],
    message: 'Lower client layers do not import features or the app.',
  })),
  {
    target: './src/client/components',
    from: ['./src/client/db', './src/client/api', './src/client/sync'],
    message: 'components/ are presentational: data reaches them through props.',
  },
  {
    target: './src/client/features',
    from: './src/client/app',
    message: 'Features do not import the app.',
  },
  ...features.map((feature) => ({
    target: `./src/client/features/${feature}`,
    from: './src/client/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what they share to a lower layer.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'coverage', '.bench', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
      eqeqeq: 'error',
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!zod($|/)|\\.{1,2}/)', message: 'shared/ imports only zod and shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**'],
    ignores: ['src/client/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^dexie($|/)|^dexie-react-hooks($|/)',
              message: 'Only client/db touches IndexedDB: use its repositories and hooks.',
            },
            { regex: '^node:', message: 'The browser has no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**'],
    ignores: ['src/server/queries/**', 'src/server/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^pg($|/)|^@electric-sql/pglite($|/)',
              message: 'Only server/db opens the database; SQL lives in server/queries.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(query|exec)$/][callee.object.name=/^(db|tx|pool|client)$/]',
          message: 'SQL lives in server/queries: call a query function from there.',
        },
      ],
    },
  },
  {
    files: ['src/client/pwa/sw.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.sw.json' },
      globals: { ...globals.serviceworker },
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
);
