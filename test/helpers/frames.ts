/** Strips ANSI colour codes from a frame. */
export const plain = (frame: string | undefined): string =>
  // eslint-disable-next-line no-control-regex
  (frame ?? '').replace(/\u001B\[[0-9;]*m/g, '');

/** Waits until `check` passes (polling), or fails with its last error after `ms`. */
export async function eventually(check: () => void, ms = 10_000, every = 25): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }
}
