// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'cdk.out/', 'out/', 'coverage/', '.tmp/', '**/*.d.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      // zod comes from lib/zod.ts: zod/mini with the English locale configured (classic zod is ~75 KB
      // more in every Lambda bundle, and zod/mini on its own words every issue "Invalid input").
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^zod(/.*)?$',
              message:
                "Import zod from lib/zod.ts (import * as z from '…/lib/zod'): zod/mini with the English locale.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The CLI, scripts and benchmarks talk to a person on stdout/stderr.
    files: ['lib/cli/**', 'scripts/**', 'bench/**', 'infra/app.ts'],
    rules: { 'no-console': 'off' },
  },
);
