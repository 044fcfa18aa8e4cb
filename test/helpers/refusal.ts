import {expect} from 'vitest';
import {UsageError} from '../../source/usage-error.js';

/** The one-line UsageError that `run` refuses with; fails the test when it is accepted. */
export function refusalOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('it was accepted');
}
