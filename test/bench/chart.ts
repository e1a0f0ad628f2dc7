// A small horizontal bar chart as a standalone SVG, written by hand (no dependencies): panels
// stacked vertically, each with its own scale, every bar labelled with its value.

export interface Bar {
  readonly label: string;
  readonly value: number;
  /** The value as printed beside the bar. */
  readonly text: string;
  /** The measured system (service) rather than a baseline. */
  readonly ours?: boolean;
}

export interface Panel {
  readonly title: string;
  readonly bars: readonly Bar[];
}

const WIDTH = 820;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 150;
const BAR_HEIGHT = 22;
const GAP = 8;
const PANEL_TITLE = 28;
const PANEL_GAP = 18;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function barChart(title: string, subtitle: readonly string[], panels: readonly Panel[]): string {
  const parts = subtitle.map((line, i) => `<text x="16" y="${46 + 18 * i}" class="sub">${escape(line)}</text>`);
  let y = 46 + 18 * subtitle.length;
  for (const panel of panels) {
    parts.push(`<text x="16" y="${y + 18}" class="panel">${escape(panel.title)}</text>`);
    y += PANEL_TITLE;
    const max = Math.max(...panel.bars.map((b) => b.value), 0);
    for (const bar of panel.bars) {
      const w = max > 0 ? Math.max(1, ((WIDTH - LABEL_WIDTH - VALUE_WIDTH - 16) * bar.value) / max) : 0;
      parts.push(
        `<text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2 + 5}" text-anchor="end">${escape(bar.label)}</text>`,
        `<rect x="${LABEL_WIDTH}" y="${y}" width="${w.toFixed(1)}" height="${BAR_HEIGHT}" class="${bar.ours ? 'ours' : 'base'}"/>`,
        `<text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + BAR_HEIGHT / 2 + 5}" class="value">${escape(bar.text)}</text>`,
      );
      y += BAR_HEIGHT + GAP;
    }
    y += PANEL_GAP;
  }
  const height = y + 8;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="13">`,
    '<style>.title{font-size:17px;font-weight:bold}.sub{fill:#555}.panel{font-weight:bold}.value{fill:#222}.ours{fill:#2f6fb0}.base{fill:#9aa4ae}</style>',
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="16" y="26" class="title">${escape(title)}</text>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
