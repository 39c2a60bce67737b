/**
 * How the 图解 look: system Chinese fonts (no web font), and series that stay apart in black-and-
 * white print and for colour-blind readers: each series differs in lightness and carries its own
 * pattern, and every bar has its figure written beside it.
 */

/** Font families found on office PCs (Windows, macOS, Linux), then the generic family. */
export const CHART_FONT =
  "'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', SimHei, sans-serif";

export const INK = '#1a1a1a';
export const MUTED_INK = '#4d4d4d';
export const RULE = '#8c8c8c';

/** Dark navy, amber, light blue, dark grey, sand: distinct in lightness as well as in hue. */
export const SERIES_COLOURS = ['#1f3a5f', '#c77c1e', '#9dbfe3', '#4a4a4a', '#ecd3ad'] as const;

/** Patterns over the series' colours (the first series is plain); index = series index. */
export const SERIES_PATTERNS = [
  null,
  {
    rotation: Math.PI / 4,
    dashArrayX: [1, 0],
    dashArrayY: [3, 4],
    colour: 'rgba(255,255,255,0.75)',
  },
  { rotation: 0, dashArrayX: [[2, 4]], dashArrayY: [2, 4], colour: 'rgba(0,0,0,0.55)' },
  {
    rotation: -Math.PI / 4,
    dashArrayX: [1, 0],
    dashArrayY: [2, 3],
    colour: 'rgba(255,255,255,0.7)',
  },
  { rotation: 0, dashArrayX: [1, 0], dashArrayY: [2, 5], colour: 'rgba(0,0,0,0.5)' },
] as const;

export const CHART_WIDTH = 800;
