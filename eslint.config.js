// ESLint for the TypeScript sources, tests, benchmarks and trainers: the recommended rules of
// ESLint and typescript-eslint; formatting is Prettier's (.prettierrc.json), so the rules that
// would fight it are off. `npm run lint` runs both.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'node_modules/', 'reports/', 'test/fixtures/', 'test-artifacts/'] }, js.configs.recommended, ...tseslint.configs.recommended, prettier, {
  rules: {
    // A leading underscore marks what is left unused on purpose (a parameter a signature needs, the rest of a destructuring).
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
  },
});
