/**
 * Charts for email, built from HTML tables and inline CSS only.
 *
 * Why not SVG or canvas: Gmail strips inline SVG, Outlook on Windows (the Word engine) ignores most of
 * it, and script never runs in mail. Why not images: external images are blocked by default and the
 * brief forbids them; embedded (cid:) images are possible but bloat the message and need a rasteriser.
 * Table cells with a fixed height and a background colour render the same in Gmail, Outlook and
 * Apple Mail, so:
 *   - vertical bars  one row of cells, each bottom-aligned, containing a block whose height is the value
 *                    (sparklines are the same at 20 px high without labels);
 *   - horizontal bars a two-cell table whose first cell's width is the percentage;
 * Every chart carries `role="img"` and an `aria-label` with the numbers, so a screen reader (and a
 * reader who cannot see colour) gets the same facts; the numbers are also printed next to the charts.
 *
 * Sizes are kept small (short inline styles, no per-bar wrappers) because Gmail clips messages whose
 * HTML exceeds about 102 KB, and a 50-academy digest has 50 sparklines.
 */
import { esc } from './format';

export interface Bar {
  value: number;
  color: string;
  /** Shown under the bar (vertical charts with labels). */
  label?: string;
  /** Shown above the bar. */
  top?: string;
}

const EMPTY = '#d1d5db';

/** 950, 1.3k, 13k: chart labels stay narrow enough for five columns on a 375 px screen. */
export const compact = (n: number): string =>
  n >= 9_950
    ? `${Math.round(n / 1000)}k`
    : n >= 1000
      ? `${(Math.round(n / 100) / 10).toFixed(1)}k`
      : String(n);

/** Height in px of a bar for `value` on a scale up to `max`; at least 2 px for any non-zero value. */
export const barHeight = (value: number, max: number, height: number): number => {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((value / max) * height));
};

/** A column's bar: 60% of the column wide and centred (Outlook for Windows draws it full width). */
const block = (h: number, color: string): string =>
  `<div style="width:60%;margin:0 auto;height:${h > 0 ? h : 1}px;background:${h > 0 ? color : EMPTY};font-size:0;line-height:0"></div>`;

/**
 * A tiny bar chart without labels, `height` px high, bars `barWidth` px wide. Each bar is one empty cell
 * whose bottom border is the bar: the cell is as tall as the row, so every bar sits on the baseline
 * (borders on table cells render alike in Gmail, Outlook and Apple Mail), at about 50 bytes a bar.
 */
export const sparkline = (bars: readonly Bar[], ariaLabel: string, height = 20, barWidth = 6): string => {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const cells = bars
    .map((b) => {
      const h = barHeight(b.value, max, height);
      return `<td width="${barWidth}" style="border-bottom:${h > 0 ? h : 1}px solid ${h > 0 ? b.color : EMPTY}"></td>`;
    })
    .join('');
  return `<table role="img" aria-label="${esc(ariaLabel)}" cellpadding="0" cellspacing="2" style="height:${height + 4}px"><tr>${cells}</tr></table>`;
};

/**
 * A labelled column chart filling its container: values above the bars, labels under them.
 * Columns share the width equally (table-layout fixed), so it never overflows a narrow screen.
 */
export const columnChart = (bars: readonly Bar[], ariaLabel: string, height = 56): string => {
  const max = Math.max(0, ...bars.map((b) => b.value));
  const w = bars.length > 0 ? Math.floor(100 / bars.length) : 100;
  const top = bars.map((b) => `<td style="width:${w}%">${esc(b.top ?? compact(b.value))}</td>`).join('');
  const mid = bars
    .map((b) => `<td style="height:${height}px">${block(barHeight(b.value, max, height), b.color)}</td>`)
    .join('');
  const bottom = bars
    .map((b) => `<td style="padding-top:3px;border-top:1px solid #e5e7eb">${esc(b.label ?? '')}</td>`)
    .join('');
  return `<table role="img" aria-label="${esc(ariaLabel)}" width="100%" cellpadding="0" cellspacing="0" style="width:100%;table-layout:fixed;text-align:center;font-size:11px;color:#6b7280"><tr style="color:#374151">${top}</tr><tr valign="bottom">${mid}</tr><tr>${bottom}</tr></table>`;
};

const TABLE = 'width="100%" cellpadding="0" cellspacing="0" style="width:100%;table-layout:fixed"';

/** A horizontal bar: `pct` (0–100) of the width in `color`, the rest in a light track. */
export const hbar = (pct: number, color: string, height = 10, track = '#eef0f3'): string => {
  const p = Math.max(0, Math.min(100, Math.round(pct)));
  const cell = (width: number, bg: string): string =>
    width >= 100
      ? `<td style="height:${height}px;background:${bg}"></td>`
      : `<td width="${width}%" style="height:${height}px;background:${bg}"></td>`;
  const cells =
    p <= 0 ? cell(100, track) : p >= 100 ? cell(100, color) : cell(p, color) + cell(100 - p, track);
  return `<table ${TABLE}><tr>${cells}</tr></table>`;
};

/**
 * A diverging bar for an index in −100…+100 around a centre line: negative grows to the left, positive
 * to the right; ±100 fills its half.
 */
export const divergingBar = (
  value: number | null,
  pos: string,
  neg: string,
  height = 8,
  track = '#eef0f3',
): string => {
  const v = value === null ? 0 : Math.max(-100, Math.min(100, Math.round(value)));
  const half = Math.abs(v) / 2;
  const td = (width: number, bg: string, extra = ''): string =>
    width <= 0 ? '' : `<td width="${width}%" style="height:${height}px;background:${bg}${extra}"></td>`;
  const centre = ';border-left:1px solid #6b7280';
  const cells =
    v < 0
      ? td(50 - half, track) + td(half, neg) + td(50, track, centre)
      : td(50, track) + td(half, pos, centre) + td(50 - half, track, half > 0 ? '' : centre);
  return `<table ${TABLE}><tr>${cells}</tr></table>`;
};
