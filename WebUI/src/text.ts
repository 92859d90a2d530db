// Pure text helpers: filling a template's [slots], finding the placeholders still open, and laying finding spans
// over the note as a tree of marks. No DOM here.

const placeholder = /\[([^[\]]+)\]/g;

/** Replaces each [slot] with its value; a slot without a value stays a [placeholder]. */
export function fillTemplate(template: string, values: ReadonlyMap<string, string>): string {
  return template.replace(placeholder, (whole, name: string) => {
    const value = values.get(name)?.trim();
    return value ? value : whole;
  });
}

/** The slot names still written as [name] in the text. */
export function openPlaceholders(text: string, slotNames: readonly string[]): string[] {
  return slotNames.filter((name) => text.includes(`[${name}]`));
}

/** The alternatives of a choice slot such as [Managed|Unmanaged]; empty for a free-text slot. */
export function choices(slotName: string): string[] {
  const parts = slotName.split("|").map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [];
}

export interface Span {
  ruleId: string;
  start: number;
  end: number;
  index: number; // position of the finding in the result, to link a mark to its card
}

export type Piece = string | { span: Span; children: Piece[] };

/**
 * Lays spans over [from, to) of the text. Spans that nest become nested marks, so each mark covers its finding's
 * exact words; a span that only partly overlaps an earlier one is cut where that one ends and continues after it.
 */
export function layOut(text: string, spans: readonly Span[], from = 0, to = text.length): Piece[] {
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const pieces: Piece[] = [];
  let at = from;
  let rest = sorted;
  while (rest.length > 0) {
    const [outer, ...others] = rest;
    if (outer.start > at) {
      pieces.push(text.slice(at, outer.start));
    }
    const inside = others.filter((s) => s.start < outer.end);
    const after = others.filter((s) => s.start >= outer.end);
    // Parts of spans that run past the outer one go on after it.
    const carried = inside.filter((s) => s.end > outer.end).map((s) => ({ ...s, start: outer.end }));
    pieces.push({ span: outer, children: layOut(text, inside, outer.start, outer.end) });
    at = outer.end;
    rest = [...carried, ...after].sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  }
  if (at < to) {
    pieces.push(text.slice(at, to));
  }
  return pieces;
}
