import { VERIFICATION_LABELS, RATING_LABELS } from "@/lib/claims/status-labels";
import type { Scorecard } from "@/lib/speakers/public-speakers";

const BAR_HEIGHT = 22;
const GAP = 8;
const LABEL_WIDTH = 250;
const CHART_WIDTH = 560;

export type Bar = { key: string; label: string; count: number };

/** Labelled horizontal bars drawn as SVG on the server, with the numbers in the accessible name. */
export function Bars({ title, bars, className = "scorecard-chart__svg" }: { title: string; bars: Bar[]; className?: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const height = bars.length * (BAR_HEIGHT + GAP);
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
  const summary = bars.map((bar) => `${bar.label}: ${bar.count}`).join(", ");
  return (
    <figure className="scorecard-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={`${title}. ${summary}`} className={className}>
        <title>{`${title}: ${summary}`}</title>
        {bars.map((bar, index) => {
          const y = index * (BAR_HEIGHT + GAP);
          const width = (bar.count / max) * barSpace;
          return (
            <g key={bar.key} data-key={bar.key}>
              <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT * 0.72} textAnchor="end" className="scorecard-chart__label">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={Math.max(width, bar.count > 0 ? 3 : 0)} height={BAR_HEIGHT} rx={3} className={`bar bar--${bar.key.toLowerCase()}`} />
              <text x={LABEL_WIDTH + width + 6} y={y + BAR_HEIGHT * 0.72} className="scorecard-chart__value">
                {bar.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** A speaker's claims by verification status and by rating, drawn as SVG on the server: no chart service, no script. */
export function ScorecardChart({ scorecard }: { scorecard: Scorecard }) {
  const ratings = scorecard.byRating.filter((item) => item.count > 0);
  return (
    <div className="scorecard" data-testid="scorecard">
      <Bars
        title="By verification status"
        className="scorecard-chart__svg"
        bars={scorecard.byVerification.map((item) => ({ key: item.status, label: VERIFICATION_LABELS[item.status].label, count: item.count }))}
      />
      <Bars
        title="By rating"
        className="scorecard-chart__svg"
        bars={[
          ...ratings.map((item) => ({ key: item.rating, label: RATING_LABELS[item.rating], count: item.count })),
          { key: "UNRATED", label: "Not rated", count: scorecard.unrated },
        ]}
      />
    </div>
  );
}
