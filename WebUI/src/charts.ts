// Horizontal bar charts drawn as plain SVG (no charting library). Colours come from CSS classes, so the charts
// follow the light and dark themes; each chart is one image for screen readers, its <title> lists every value.

const svgNs = "http://www.w3.org/2000/svg";

export interface Bar {
  key: string; // stable id (grade, status, L2 name) for styling and tests
  label: string;
  count: number;
  className?: string;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  return node;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** Replaces the host's content with a bar chart. `summary` is what a screen reader hears. */
export function drawBarChart(host: Element, bars: readonly Bar[], summary: string, format: (count: number) => string): void {
  const rowHeight = 24;
  const labelWidth = 190;
  const barWidth = 250;
  const width = labelWidth + barWidth + 70;
  const height = Math.max(bars.length, 1) * rowHeight + 4;
  const max = Math.max(1, ...bars.map((b) => b.count));

  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", class: "chart", preserveAspectRatio: "xMinYMin meet" });
  const title = el("title", {});
  title.textContent = summary;
  svg.append(title);

  bars.forEach((bar, i) => {
    const y = i * rowHeight + 2;
    const g = el("g", { class: `bar ${bar.className ?? ""}`.trim(), "data-key": bar.key, "data-count": bar.count });
    const label = el("text", { x: labelWidth - 8, y: y + rowHeight / 2, class: "chart-label", "text-anchor": "end", "dominant-baseline": "central" });
    label.textContent = shorten(bar.label, 30);
    const tip = el("title", {});
    tip.textContent = `${bar.label}: ${format(bar.count)}`;
    const w = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * barWidth));
    const track = el("rect", { x: labelWidth, y: y + 4, width: barWidth, height: rowHeight - 8, rx: 3, class: "chart-track" });
    const rect = el("rect", { x: labelWidth, y: y + 4, width: w, height: rowHeight - 8, rx: 3, class: "chart-bar" });
    const value = el("text", { x: labelWidth + w + 6, y: y + rowHeight / 2, class: "chart-value", "dominant-baseline": "central" });
    value.textContent = format(bar.count);
    g.append(tip, track, rect, label, value);
    svg.append(g);
  });

  host.replaceChildren(svg);
}
