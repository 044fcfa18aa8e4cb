import {EventEmitter} from 'node:events';
import {render as inkRender} from 'ink';
import type {ReactElement} from 'react';

/**
 * ink-testing-library's render at a terminal size of our own: its stdout is 100
 * columns wide whatever the test asks, so a 200-column frame would be laid out in
 * 100. The same fake streams (debug mode: every frame written whole), sized.
 */
class SizedStdout extends EventEmitter {
  frames: string[] = [];
  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
    return true;
  };
  lastFrame = (): string | undefined => this.frames[this.frames.length - 1];
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write = (data: string) => {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  };
  read = (): string | null => {
    const {data} = this;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** Renders `tree` in a terminal of `columns` × `rows`; the last frame and the keyboard, as ink-testing-library gives them. */
export function renderSized(tree: ReactElement, columns: number, rows: number) {
  const stdout = new SizedStdout(columns, rows);
  const stdin = new FakeStdin();
  const stderr = new SizedStdout(columns, rows);
  const instance = inkRender(tree, {
    // The fake streams stand in for the terminal's (as in ink-testing-library).
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  return {lastFrame: stdout.lastFrame, stdin, unmount: instance.unmount};
}
