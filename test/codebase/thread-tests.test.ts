import {readdirSync, readFileSync} from 'node:fs';
import {join, matchesGlob, relative} from 'node:path';
import {describe, expect, it} from 'vitest';
import {threadTests} from '../../vitest.config.js';
import {repoRoot} from '../helpers/fixture-run.js';

/** What marks a test that runs real threads or the real program (and so must run alone). */
const realWork =
  /ShopThread|CoffeeShop|BaristaPool|piscina|worker_threads|runProcessesLesson|helpers\/(cli|terminal|run-helpers|pseudo-terminal)\.js|\.\/pseudo-terminal\.js/;

const testFiles = readdirSync(join(repoRoot, 'test'), {recursive: true, encoding: 'utf8'})
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => relative(repoRoot, join(repoRoot, 'test', name)))
  .filter((file) => file !== 'test/codebase/thread-tests.test.ts'); // its own pattern above

describe('vitest.config.ts threadTests', () => {
  it('holds every test file that opens threads, a pool or the built CLI', () => {
    const unlisted = testFiles.filter(
      (file) =>
        realWork.test(readFileSync(join(repoRoot, file), 'utf8')) &&
        !threadTests.some((pattern) => matchesGlob(file, pattern)),
    );
    expect(unlisted).toEqual([]);
  });

  it('names no pattern that matches nothing', () => {
    const empty = threadTests.filter(
      (pattern) => !testFiles.some((file) => matchesGlob(file, pattern)),
    );
    expect(empty).toEqual([]);
  });
});
