import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,db,electron,renderer}/**/*.test.{ts,tsx}'],
    environment: 'node',
    pool: 'forks',
  },
});
