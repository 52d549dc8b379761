/**
 * The figures at a glance, as small charts drawn in plain SVG (no chart library: the smallest
 * that draws bars is several times the size of these few rects). Each chart is an image with a
 * text alternative that says the same numbers. Pure: props in, markup out.
 */
import { VERDICT_LABELS } from '../../lib/notice/labels';
import { STATUS_LABELS } from '../../lib/tracker';
import { shortMonth, type TrackerFigures } from '../../lib/tracker/figures';

export interface FiguresProps {
  figures: TrackerFigures;
  hasProfile: boolean;
}

const BAR_W = 110;

export function Figures({ figures, hasProfile }: FiguresProps) {
  return (
    <section class="tracker-figures" aria-labelledby="figures-title">
      <h2 id="figures-title" class="visually-hidden">
        At a glance
      </h2>
      <Soon figures={figures} />
      <PerStatus figures={figures} />
      <PerMonth figures={figures} />
      <Eligibility figures={figures} hasProfile={hasProfile} />
    </section>
  );
}

function Soon({ figures }: { figures: TrackerFigures }) {
  const text = `${figures.next7} deadline${figures.next7 === 1 ? '' : 's'} in the next 7 days, ${figures.next30} in the next 30 days (notices you have not applied to yet).`;
  const max = Math.max(1, figures.next30);
  return (
    <figure class="figure">
      <figcaption class="figure__title">Deadlines to come</figcaption>
      <p class="figure__big">
        <span class="figure__number">{figures.next7}</span> in 7 days ·{' '}
        <span class="figure__number">{figures.next30}</span> in 30
      </p>
      <svg
        class="figure__svg"
        viewBox={`0 0 ${BAR_W} 24`}
        width={BAR_W}
        height={24}
        role="img"
        aria-label={text}
      >
        <rect x="0" y="2" width={BAR_W} height="8" class="bar-track" rx="2" />
        <rect x="0" y="2" width={(figures.next7 / max) * BAR_W} height="8" class="bar bar--soon" rx="2" />
        <rect x="0" y="14" width={BAR_W} height="8" class="bar-track" rx="2" />
        <rect x="0" y="14" width={figures.next30 > 0 ? BAR_W : 0} height="8" class="bar bar--month" rx="2" />
      </svg>
    </figure>
  );
}

function PerStatus({ figures }: { figures: TrackerFigures }) {
  const shown = figures.perStatus.filter((s) => s.count > 0);
  const max = Math.max(1, ...figures.perStatus.map((s) => s.count));
  const text =
    shown.length === 0
      ? 'No saved notices.'
      : `Applications per status: ${shown.map((s) => `${STATUS_LABELS[s.status]} ${s.count}`).join(', ')}.`;
  const col = 24;
  const w = figures.perStatus.length * col;
  return (
    <figure class="figure">
      <figcaption class="figure__title">Per status</figcaption>
      <svg class="figure__svg" viewBox={`0 0 ${w} 46`} width={w} height={46} role="img" aria-label={text}>
        {figures.perStatus.map((s, i) => {
          const h = (s.count / max) * 24;
          return (
            <g key={s.status}>
              <text x={i * col + 12} y={33 - h} class="figure__value" text-anchor="middle">
                {s.count}
              </text>
              <rect x={i * col + 5} y={36 - h} width="14" height={h} class={`bar bar--${s.status}`} rx="1" />
              <text x={i * col + 12} y="45" class="figure__axis" text-anchor="middle">
                {STATUS_LABELS[s.status].slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

function PerMonth({ figures }: { figures: TrackerFigures }) {
  const max = Math.max(1, ...figures.perMonth.flatMap((m) => [m.saved, m.applied]));
  const text = `Per month, saved and applied: ${figures.perMonth
    .map((m) => `${shortMonth(m.month)} ${m.saved} saved, ${m.applied} applied`)
    .join('; ')}.`;
  const col = 24;
  const w = figures.perMonth.length * col;
  return (
    <figure class="figure">
      <figcaption class="figure__title">Per month</figcaption>
      <svg class="figure__svg" viewBox={`0 0 ${w} 46`} width={w} height={46} role="img" aria-label={text}>
        {figures.perMonth.map((m, i) => {
          const hs = (m.saved / max) * 34;
          const ha = (m.applied / max) * 34;
          return (
            <g key={m.month}>
              <rect x={i * col + 3} y={40 - hs} width="7" height={hs} class="bar bar--saved-month" rx="1" />
              <rect
                x={i * col + 11}
                y={40 - ha}
                width="7"
                height={ha}
                class="bar bar--applied-month"
                rx="1"
              />
              <text x={i * col + 11} y="50" class="figure__axis" text-anchor="middle">
                {shortMonth(m.month).slice(0, 3)}
              </text>
            </g>
          );
        })}
      </svg>
      <p class="figure__legend" aria-hidden="true">
        <span class="figure__key">
          <span class="swatch swatch--saved-month" /> saved
        </span>
        <span class="figure__key">
          <span class="swatch swatch--applied-month" /> applied
        </span>
      </p>
    </figure>
  );
}

function Eligibility({ figures, hasProfile }: { figures: TrackerFigures; hasProfile: boolean }) {
  const v = figures.verdicts;
  const parts = [
    { key: 'eligible', n: v.eligible },
    { key: 'check', n: v.check },
    { key: 'not_eligible', n: v.not_eligible },
    { key: 'closed', n: v.closed },
  ] as const;
  const total = Math.max(1, figures.total);
  const text = !hasProfile
    ? 'No verdicts: your profile is empty.'
    : `Among ${figures.total} saved notices: ${parts.map((p) => `${VERDICT_LABELS[p.key]} ${p.n}`).join(', ')}.`;
  let x = 0;
  return (
    <figure class="figure">
      <figcaption class="figure__title">Eligible or not</figcaption>
      <svg
        class="figure__svg"
        viewBox={`0 0 ${BAR_W} 14`}
        width={BAR_W}
        height={14}
        role="img"
        aria-label={text}
      >
        <rect x="0" y="2" width={BAR_W} height="10" class="bar-track" rx="2" />
        {hasProfile &&
          parts.map((p) => {
            const w = (p.n / total) * BAR_W;
            const rect = <rect key={p.key} x={x} y="2" width={w} height="10" class={`bar bar--${p.key}`} />;
            x += w;
            return rect;
          })}
      </svg>
      <p class="figure__legend" aria-hidden="true">
        {hasProfile
          ? parts
              .filter((p) => p.n > 0)
              .map((p) => (
                <span key={p.key} class="figure__key">
                  {VERDICT_LABELS[p.key]} {p.n}
                </span>
              ))
          : 'No profile yet'}
      </p>
    </figure>
  );
}
