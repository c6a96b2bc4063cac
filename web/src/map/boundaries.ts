import boundaries from './nrw-kreise.json';

/** NRW's Kreise and kreisfreie Städte as SVG paths with their official key (tools/nrw-boundaries builds the file). */
export interface KreisShape {
  ags: string;
  name: string;
  kind: string;
  label: [number, number];
  path: string;
}

export const NRW = boundaries as unknown as {
  attribution: string;
  width: number;
  height: number;
  features: KreisShape[];
};

/** Colour classes from none to many; each class also carries its range in the legend, not only its colour. */
export const SHADES = ['#eef1f5', '#c9d8ec', '#93b3da', '#5b87bf', '#2d5a94', '#14325e'];

/** The shade of a count: 0 is its own class, the rest split into five up to the largest count. */
export function shadeIndex(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(5, Math.ceil((count / max) * 5));
}

/** The legend's classes: [from, to] for each shade that a count between 1 and max can fall in. */
export function legendClasses(max: number): { shade: number; from: number; to: number }[] {
  const classes: { shade: number; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const shade = shadeIndex(count, max);
    const last = classes[classes.length - 1];
    if (last?.shade === shade) last.to = count;
    else classes.push({ shade, from: count, to: count });
  }
  return classes;
}
