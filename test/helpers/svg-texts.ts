import {textWidth} from '../../source/render/slide.js';

/** A `<text>` of a picture, its content unescaped, with where it starts and ends across. */
export type SvgText = {
  content: string;
  size: number;
  role: string | null;
  left: number;
  right: number;
  y: number;
};

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every text of an svg slide, measured as the slide measures it (JetBrains Mono, 0.6 em a column). */
export function svgTexts(svg: string): SvgText[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((match) => {
    const attrs = match[1]!;
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? null;
    const content = unescape(match[2]!);
    const size = Number(attr('font-size'));
    const x = Number(attr('x'));
    const width = textWidth(content, size);
    const anchor = attr('text-anchor');
    const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
    return {content, size, role: attr('class'), left, right: left + width, y: Number(attr('y'))};
  });
}

/** The picture's layout size, from its viewBox. */
export function viewBox(svg: string): {width: number; height: number} {
  const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!match) throw new Error('no viewBox');
  return {width: Number(match[1]), height: Number(match[2])};
}
