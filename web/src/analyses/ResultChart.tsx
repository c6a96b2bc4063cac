import { useI18n } from '../i18n';
import type { Chart } from './table-model';

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 220;
const CHART_WIDTH = 720;

/** Horizontal bars, one per name or per month, each with its value written beside it. */
export function ResultChart({ chart, heading }: { chart: Chart; heading(column: string): string }) {
  const { t, fmt, locale } = useI18n();
  const max = Math.max(...chart.bars.map((b) => b.value), 1);
  const monthName = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const label = (text: string) => (chart.kind === 'months' ? monthName.format(new Date(`${text}-01T00:00:00Z`)) : text);
  const title = chart.kind === 'bars' ? t.analyses.chartPer(heading(chart.value), heading(chart.label)) : t.analyses.chartPerMonth(heading(chart.column));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
  const height = chart.bars.length * (BAR_HEIGHT + 6);
  return (
    <section className="card result-chart" aria-labelledby="chart-title">
      <h2 id="chart-title">{title}</h2>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} width="100%" role="img" aria-labelledby="chart-title" className="bar-chart">
        {chart.bars.map((bar, i) => {
          const y = i * (BAR_HEIGHT + 6);
          const width = Math.max((bar.value / max) * barSpace, 2);
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.7} textAnchor="end" className="bar-label">{label(bar.label)}</text>
              <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className="bar" rx={3} />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.7} className="bar-value">{fmt.number(bar.value, 2)}</text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
