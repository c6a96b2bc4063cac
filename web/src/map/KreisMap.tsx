import { KeyboardEvent } from 'react';

import { useI18n } from '../i18n';
import { legendClasses, NRW, SHADES, shadeIndex } from './boundaries';

/** The Kreise as an SVG map, shaded by count with the count written in each; a Kreis is chosen by click or key. */
export function KreisMap({ counts, chosen, choose, unit }: {
  counts: Map<string, number>;
  chosen: string | null;
  choose(ags: string): void;
  unit: string;
}) {
  const { t, fmt } = useI18n();
  const max = Math.max(0, ...counts.values());
  const onKey = (ags: string) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(ags);
    }
  };
  return (
    <figure className="kreis-map">
      <svg viewBox={`0 0 ${NRW.width} ${NRW.height}`} role="group" aria-label={t.map.mapLabel(unit)}>
        {NRW.features.map((f) => {
          const count = counts.get(f.ags) ?? 0;
          return (
            <path key={f.ags} d={f.path} data-ags={f.ags} fill={SHADES[shadeIndex(count, max)]} tabIndex={0} role="button"
              className={f.ags === chosen ? 'kreis chosen' : 'kreis'} aria-pressed={f.ags === chosen}
              aria-label={t.map.kreisLabel(f.name, count)} onClick={() => choose(f.ags)} onKeyDown={onKey(f.ags)}>
              <title>{t.map.kreisLabel(f.name, count)}</title>
            </path>
          );
        })}
        {NRW.features.filter((f) => (counts.get(f.ags) ?? 0) > 0).map((f) => {
          const count = counts.get(f.ags) ?? 0;
          return (
            <text key={f.ags} x={f.label[0]} y={f.label[1]} className={shadeIndex(count, max) >= 3 ? 'count light' : 'count'} aria-hidden="true">
              {fmt.number(count)}
            </text>
          );
        })}
      </svg>
      <figcaption className="map-legend">
        <span>{unit}:</span>
        <span className="legend-item"><span className="swatch" style={{ background: SHADES[0] }} aria-hidden="true" /> 0</span>
        {legendClasses(max).map((c) => (
          <span key={c.shade} className="legend-item">
            <span className="swatch" style={{ background: SHADES[c.shade] }} aria-hidden="true" /> {c.from === c.to ? c.from : `${c.from}–${c.to}`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
