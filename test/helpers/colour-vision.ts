/**
 * Colour distance as people with each common colour vision see it: a colour's
 * simulation under full protanopia, deuteranopia and tritanopia (Machado, Oliveira
 * & Fernandes 2009, severity 1, applied to linear RGB), compared in CIELAB (ΔE*ab,
 * D65). And WCAG's contrast ratio. For tests of the palette.
 */
type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

export const visions: Record<'normal' | 'protan' | 'deutan' | 'tritan', Matrix> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protan: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deutan: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritan: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (channel: number): number => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function linearRgb(hex: string): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [match[1]!, match[2]!, match[3]!].map((h) => linear(parseInt(h, 16)));
}

function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const seenAs = (hex: string, vision: Matrix): number[] => {
  const rgb = linearRgb(hex);
  return vision.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  );
};

/** ΔE*ab between two colours as seen with `vision`. */
export function distanceSeen(a: string, b: string, vision: Matrix): number {
  const [l1, a1, b1] = lab(seenAs(a, vision));
  const [l2, a2, b2] = lab(seenAs(b, vision));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const luminance = (hex: string): number => {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
