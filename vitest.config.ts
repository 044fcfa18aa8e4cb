import {defineConfig} from 'vitest/config';

/**
 * Tests that run real threads or the real program and measure what they do (overlap,
 * which thread, how long): side by side they would steal each other's cores, so they
 * run one file at a time, after the rest. A new test that opens a shop, a pool, a
 * worker thread or the built CLI belongs here.
 */
export const threadTests = [
  'test/engine/{blocking,gil,gil-handover,lesson-figures,loop-monitor,machines,pool-faults,pool-queue,shop-thread,shop}.test.ts',
  'test/timeline/incremental-figures.test.ts',
  'test/commands/**/*.test.{ts,tsx}',
  'test/e2e/**/*.test.{ts,tsx}',
  'test/cli/**/*.test.{ts,tsx}',
  'test/record/{asciicast,big-run,run-file}.test.ts',
  'test/helpers/pseudo-terminal.test.ts',
  'test/ui/{app,pitfall-keys}.test.tsx',
  'test/lessons/{mapreduce,pipeline,panel-keys,processes}.test.{ts,tsx}',
];

const allTests = ['test/**/*.test.{ts,tsx}'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        // Pure tests (reducers, renderers, the dashboard on fake drivers): files in parallel.
        extends: true,
        test: {name: 'pure', include: allTests, exclude: threadTests, sequence: {groupOrder: 0}},
      },
      {
        // Then the thread-measuring tests, alone on the machine, one file at a time.
        extends: true,
        test: {
          name: 'threads',
          include: threadTests,
          fileParallelism: false,
          sequence: {groupOrder: 1},
        },
      },
    ],
  },
});
