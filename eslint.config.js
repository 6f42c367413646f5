// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  paths: [
    {
      name: 'electron',
      message: 'The core and shared/ run without Electron: keep Electron in electron/main.',
    },
  ],
  patterns: [{ group: ['electron/*'], message: 'The core and shared/ run without Electron.' }],
};

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'better-sqlite3',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              group: nodeBuiltins,
              message: 'shared/ runs everywhere: no Node, no DOM, no Electron.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              group: ['**/main/**', '**/preload/**', '**/web-host/**', '**/renderer/**'],
              message: 'The core is imported by hosts, never the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    // Browser mode must run where no Electron binary exists.
    files: ['electron/web-host/**/*.ts', 'electron/host-files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            {
              group: ['**/main/**', '**/preload/**', '**/renderer/**'],
              message: 'Browser mode shares only host-files and the core with the desktop host.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the core only through the api client.',
            },
          ],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs in a sandboxed page: no Node.' },
            {
              group: ['**/electron/**'],
              message: 'The renderer reaches the core only through renderer/api.',
            },
          ],
        },
      ],
    },
  },
);
