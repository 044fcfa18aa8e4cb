/**
 * Milliseconds on the process's monotonic clock (process.hrtime: libuv's
 * CLOCK_MONOTONIC), one clock for every thread of the process. A lesson that
 * asserts "this interval on one thread ends before that one on another begins"
 * reads both ends with it: epoch times (timeOrigin + now()) are fixed per thread
 * when the thread starts and can disagree between threads by more than a handover.
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;
