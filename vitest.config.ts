import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Engine tests measure real parallelism on the machine's cores: running
    // test files side by side would steal those cores from each other.
    fileParallelism: false,
  },
});
