import stringWidth from 'string-width';

/**
 * The widest line, in terminal columns, of text written in pieces (a line may
 * arrive in several; escape sequences take no columns, a wide character two).
 */
export class WidestLine {
  widest = 0;
  private partial = '';

  /** Feeds more text; returns true when the widest line grew. */
  feed(text: string): boolean {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    let grew = false;
    for (const line of [...lines, this.partial]) {
      const width = stringWidth(line.replace(/\r/g, ''));
      if (width > this.widest) {
        this.widest = width;
        grew = true;
      }
    }
    return grew;
  }
}
