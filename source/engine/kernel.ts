/**
 * The brew kernel: real computation (xorshift32 rounds). Its result is returned
 * and folded into a checksum that the caller keeps, so V8 cannot remove the loop.
 * One "work unit" is one round; calibration converts units to milliseconds.
 */
export function brewKernel(units: number, state: number): number {
  let x = state | 0 || 0x2545f491;
  for (let i = 0; i < units; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x;
}
