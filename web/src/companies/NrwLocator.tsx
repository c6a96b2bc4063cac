import { useI18n } from '../i18n';

/** A hand-simplified outline of Nordrhein-Westfalen as [longitude, latitude], clockwise from the Selfkant. */
const NRW_OUTLINE: [number, number][] = [
  [5.87, 51.04], [6.07, 51.14], [6.17, 51.25], [6.2, 51.38], [6.22, 51.52], [6.1, 51.65], [5.95, 51.76], [6.1, 51.86],
  [6.4, 51.84], [6.72, 51.9], [6.83, 52.02], [6.75, 52.08], [7.05, 52.24], [7.3, 52.25], [7.58, 52.37], [7.9, 52.32],
  [7.86, 52.18], [8.05, 52.1], [8.3, 52.1], [8.42, 52.15], [8.5, 52.3], [8.6, 52.5], [8.7, 52.53], [8.97, 52.43],
  [9.1, 52.32], [9.05, 52.1], [9.2, 51.97], [9.45, 51.65], [9.4, 51.5], [9.1, 51.42], [8.85, 51.37], [8.75, 51.17],
  [8.63, 51.09], [8.48, 51.0], [8.45, 50.9], [8.1, 50.7], [7.95, 50.78], [7.6, 50.77], [7.4, 50.72], [7.2, 50.62],
  [6.95, 50.58], [6.77, 50.5], [6.6, 50.38], [6.4, 50.33], [6.2, 50.52], [6.02, 50.72], [6.1, 50.85], [5.98, 50.98],
];

const WEST = 5.75;
const NORTH = 52.6;
/** Degrees of longitude are shorter than degrees of latitude at this latitude. */
const LONGITUDE_SCALE = Math.cos((51.5 * Math.PI) / 180);
const UNIT = 100;

function project([longitude, latitude]: [number, number]): [number, number] {
  return [(longitude - WEST) * LONGITUDE_SCALE * UNIT, (NORTH - latitude) * UNIT];
}

/** Ray casting against the outline above. */
export function isInNrw(longitude: number, latitude: number): boolean {
  let inside = false;
  for (let i = 0, j = NRW_OUTLINE.length - 1; i < NRW_OUTLINE.length; j = i++) {
    const [xi, yi] = NRW_OUTLINE[i];
    const [xj, yj] = NRW_OUTLINE[j];
    if (yi > latitude !== yj > latitude && longitude < ((xj - xi) * (latitude - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const OUTLINE_POINTS = NRW_OUTLINE.map((point) => project(point).map((v) => v.toFixed(1)).join(',')).join(' ');

/**
 * Where a company sits in Nordrhein-Westfalen: an inline outline with a dot (no map tiles, nothing from outside);
 * a location outside the Land is said in words.
 */
export function NrwLocator({ place, location }: { place: string; location: { latitude: number; longitude: number } | null }) {
  const { t, fmt } = useI18n();
  if (!location) return <p className="muted">{t.companies.location.unknown}</p>;
  if (!isInNrw(location.longitude, location.latitude)) return <p>{t.companies.location.outsideNrw(place)}</p>;
  const [x, y] = project([location.longitude, location.latitude]);
  return (
    <figure className="nrw-locator">
      <svg viewBox="0 0 240 235" role="img" aria-label={t.companies.location.mapLabel(place)}>
        <polygon points={OUTLINE_POINTS} className="nrw-outline" />
        <circle cx={x} cy={y} r={9} className="nrw-dot-halo" />
        <circle cx={x} cy={y} r={4.5} className="nrw-dot" />
      </svg>
      <figcaption>
        <strong>{place}</strong>
        <span className="muted small">{t.companies.location.coordinates(fmt.number(location.latitude, 2), fmt.number(location.longitude, 2))}</span>
      </figcaption>
    </figure>
  );
}
