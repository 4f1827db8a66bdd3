import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/**
 * ESLint flat config: JavaScript's recommended rules, typescript-eslint's
 * type-aware recommended rules (recommendedTypeChecked, using the project's
 * tsconfig through the project service) for .ts files, and the Astro plugin's
 * rules for .astro files (their frontmatter is linted without type
 * information: the Astro parser does not give typed rules a program).
 */
export default defineConfig(
  {
    ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'public/pagefind/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Vitest's asymmetric matchers (expect.stringMatching, expect.any, ...) are typed `any`.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
);
