import type { Formatters, Messages } from '../i18n/index.js';
import type { TradeFigureOut } from '../schemas/trade-figure.js';

/**
 * Trade figures as bar charts that do not mislead:
 * - one chart per unit and kind, each with its own scale starting at zero: amounts in dollars
 *   and percentage changes never share an axis;
 * - ratios are not drawn (a ratio of two figures is no quantity to put beside them);
 * - when the bars of one chart cover different periods (an 18-month total beside one calendar
 *   year), the chart says so above the bars, every bar names its period, and each caveat is
 *   numbered on its bar and spelled out under the chart.
 * Geometry is computed here; the template only writes it out (with escaping).
 */

export const CHART_WIDTH = 360;
const LEFT = 4;
const RIGHT = 40;
const LINE = 15;
const BAR = 18;
const GAP = 16;
const AXIS = 28;
/** Characters per line of wrapped label text at the chart's font size. */
const WRAP = 54;

export type ChartLine = { text: string; y: number; lang: string | null };

export type ChartBar = {
  id: string;
  href: string;
  tone: string;
  lines: ChartLine[];
  y: number;
  x: number;
  width: number;
  valueText: string;
  valueX: number;
  /** Inside the bar (drawn light on dark) when the bar leaves no room after it. */
  valueInside: boolean;
  valueAnchor: 'start' | 'end';
  valueY: number;
  marker: number | null;
};

export type Chart = {
  id: string;
  title: string;
  /** Said above the bars when they cover different periods (short), and under the chart (long). */
  warning: { short: string; long: string } | null;
  width: number;
  height: number;
  axisY: number;
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  zeroX: number;
  bars: ChartBar[];
  caveats: { marker: number; text: string; id: string }[];
  description: string;
};

export type TradeCharts = { charts: Chart[]; undrawn: TradeFigureOut[] };

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A round step (1, 2, 2.5 or 5 times a power of ten) giving at most five intervals up to `max`. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const exponent = Math.floor(Math.log10(max));
  for (let k = exponent - 1; k <= exponent + 1; k += 1) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * 10 ** k;
      const intervals = Math.ceil(max / step - 1e-9);
      if (intervals <= 5) return { top: intervals * step, step };
    }
  }
  return { top: 10 ** (exponent + 1), step: 10 ** exponent };
}

export function formatFigure(figure: TradeFigureOut, m: Messages, fmt: Formatters): string {
  let text: string;
  if (figure.unit === 'USD') text = m.numbers.usd(fmt.compact(figure.value));
  else if (figure.unit === 'percent')
    text = figure.kind === 'change' ? m.numbers.percentChange(fmt.percentChange(figure.value)) : fmt.percent(figure.value);
  else text = m.numbers.ratio(fmt.decimal(figure.value));
  return figure.approximate ? m.numbers.approximately(text) : text;
}

function periodKey(f: TradeFigureOut): string {
  return JSON.stringify([f.period.start, f.period.end, f.period.label]);
}

function chartTitle(unit: string, kind: string, m: Messages): string {
  if (unit === 'USD' && kind === 'level') return m.trade.chartUsd;
  if (unit === 'percent' && kind === 'change') return m.trade.chartPercent;
  return `${m.figureKinds[kind as keyof Messages['figureKinds']] ?? kind} (${unit})`;
}

export function tradeCharts(
  figures: readonly TradeFigureOut[],
  m: Messages,
  fmt: Formatters,
  href: (figure: TradeFigureOut) => string,
): TradeCharts {
  const groups = new Map<string, TradeFigureOut[]>();
  const undrawn: TradeFigureOut[] = [];
  for (const figure of figures) {
    if (figure.kind === 'ratio' || figure.unit === 'ratio') {
      undrawn.push(figure);
      continue;
    }
    const key = `${figure.unit} ${figure.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), figure]);
  }
  let caveatNumber = 0;
  const charts = [...groups.entries()].map(([key, group], chartIndex): Chart => {
    const [unit = '', kind = ''] = key.split(' ');
    const periodsDiffer = new Set(group.map(periodKey)).size > 1;
    const low = Math.min(0, ...group.map((f) => f.value));
    const high = Math.max(0, ...group.map((f) => f.value));
    const scale = niceScale(Math.max(Math.abs(low), Math.abs(high)));
    const min = low < 0 ? -scale.top : 0;
    const max = high > 0 ? scale.top : 0;
    const plot = CHART_WIDTH - LEFT - RIGHT;
    const xOf = (v: number) => LEFT + ((v - min) / (max - min || 1)) * plot;
    let y = periodsDiffer ? LINE + 6 : 4;
    const caveats: Chart['caveats'] = [];
    const bars = group.map((figure): ChartBar => {
      const lines: ChartLine[] = [];
      const head = `${m.trade.reporterPartner(figure.reporter.name, figure.partner.name)} · ${m.indicators[figure.indicator]}`;
      for (const text of wrap(head, WRAP)) lines.push({ text, y: (y += LINE), lang: null });
      for (const text of wrap(figure.period.label, WRAP)) lines.push({ text, y: (y += LINE), lang: 'fr' });
      const barY = y + 5;
      y = barY + BAR + GAP;
      const x0 = xOf(0);
      const x1 = xOf(figure.value);
      const marker = figure.caveat === null ? null : (caveatNumber += 1);
      if (marker !== null && figure.caveat !== null) caveats.push({ marker, text: figure.caveat, id: figure.id });
      const valueText = `${formatFigure(figure, m, fmt)}${marker === null ? '' : ` [${marker}]`}`;
      // The value goes after the bar's end, or inside it when the bar leaves no room.
      const roomAfter = CHART_WIDTH - Math.max(x0, x1) > valueText.length * 6.2;
      return {
        id: figure.id,
        href: href(figure),
        tone: `${unit}-${kind}`,
        lines,
        y: barY,
        x: Math.min(x0, x1),
        width: Math.max(1, Math.abs(x1 - x0)),
        valueText,
        valueX: roomAfter ? Math.max(x0, x1) + 4 : Math.max(x0, x1) - 4,
        valueInside: !roomAfter,
        valueAnchor: roomAfter ? 'start' : 'end',
        valueY: barY + BAR - 5,
        marker,
      };
    });
    const axisY = y - GAP + 6;
    const ticks: Chart['ticks'] = [];
    const intervals = Math.round((max - min) / scale.step);
    for (let i = 0; i <= intervals; i += 1) {
      const v = min + i * scale.step;
      const label = unit === 'USD' ? fmt.compactShort(v) : unit === 'percent' ? fmt.percent(v) : fmt.decimal(v);
      ticks.push({ x: xOf(v), label, anchor: 'middle' });
    }
    const first = ticks[0];
    const last = ticks[ticks.length - 1];
    if (first !== undefined) first.anchor = 'start';
    if (last !== undefined && last !== first) last.anchor = 'end';
    const description = group
      .map((f) => `${f.reporter.name} – ${f.partner.name}, ${f.period.label}: ${formatFigure(f, m, fmt)}`)
      .join('; ');
    return {
      id: `chart-${chartIndex + 1}`,
      title: chartTitle(unit, kind, m),
      warning: periodsDiffer ? { short: m.trade.periodsDifferShort, long: m.trade.periodsDiffer } : null,
      width: CHART_WIDTH,
      height: axisY + AXIS,
      axisY,
      ticks,
      zeroX: xOf(0),
      bars,
      caveats,
      description,
    };
  });
  return { charts, undrawn };
}
