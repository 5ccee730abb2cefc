// The lint configuration is tools/lint/eslint.config.mjs (it needs that folder's TypeScript 5).
export { default } from './tools/lint/eslint.config.mjs';
