// Swaps one note's words inside a mail's HTML and leaves every other byte as it was. Outlook has no range API: the
// only way to change one line is to read the whole HTML body, change that text, and write the whole body back
// (ARCHITECTURE.md, "Facts about mails in Outlook"). So this never parses and re-serialises the document — a parser
// would rewrite quoting, entities and Word's markup all over the mail. It scans the HTML once, maps every visible
// character to where it sits in the source, finds the words there and splices only that stretch of source.
//
// What it must cope with, all seen in Outlook's HTML: entities (`M&auml;rz`, `&nbsp;`), source lines wrapped inside a
// sentence (Word wraps at ~76 columns), inline tags splitting the words (`Kunde <b>arbeitet</b> an`, `<o:p></o:p>`),
// Word's conditional comments, and <style> blocks whose text is not shown. What it refuses (the caller inserts at the
// cursor instead and says so): words that are not there, that are there more than once (the quoted thread often
// repeats a note), that run across a line or block, or that start or end inside a longer word.

/** How the words were found: once (and the new body), or why not. */
export type ReplaceOutcome =
  | { kind: "replaced"; body: string }
  | { kind: "not-found" }
  | { kind: "repeated"; count: number }
  | { kind: "crosses-lines" };

/** Turns an entity such as "&auml;" into its text; null when the name is not an entity. */
export type EntityDecoder = (entity: string) => string | null;

interface Markup {
  start: number;
  end: number;
  /** Lower-case tag name; "" for comments, doctypes and processing instructions. */
  name: string;
  kind: "open" | "close" | "void" | "other";
}

/** A piece of markup and its bytes as they stand in the mail. */
type Tag = Markup & { source: string };

interface Scan {
  /** The visible text, each run of white space (and every line or block boundary) as one " ". */
  flat: string;
  /** Where each character of flat starts and ends in the HTML. */
  from: number[];
  to: number[];
  /** True where the " " at that index of flat stands for a line or block boundary. */
  lineBreak: boolean[];
  markup: Tag[];
}

// Elements whose text is never shown, so words inside them are not the note (a <style> block, the <title>).
const hiddenText = new Set(["style", "script", "title", "textarea", "xmp", "noscript", "noembed", "noframes", "iframe", "template"]);
// Elements that start a new line where they open or close: words never run across them.
const blocks = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
  "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "ul",
]);
// Elements without an end tag.
const voids = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);

/** "html" for Outlook's HTML body; "text" for a plain-text body, where "<" and "&" are just characters and a line ends at "\n". */
export type BodyFormat = "html" | "text";

/**
 * Replaces `words` (plain text, as /api/mail/check's spans give them) with `replacement` when they occur exactly once
 * in the visible text of `body`. White space matches any white space (source line breaks, &nbsp;).
 */
export function replaceOnce(body: string, words: string, replacement: string, format: BodyFormat = "html", decode: EntityDecoder = decodeWithDocument): ReplaceOutcome {
  const needle = squeeze(words).trim();
  if (!needle) {
    return { kind: "not-found" };
  }
  const scan = format === "html" ? scanHtml(body, decode) : scanText(body);
  const found: number[] = [];
  for (let at = scan.flat.indexOf(needle); at >= 0; at = scan.flat.indexOf(needle, at + 1)) {
    found.push(at);
  }
  if (found.length === 0) {
    return { kind: "not-found" };
  }
  if (found.length > 1) {
    return { kind: "repeated", count: found.length };
  }
  const first = found[0];
  const last = first + needle.length - 1;
  // Words that start or end in the middle of a longer word are part of something else.
  if ((isWordChar(needle[0]) && isWordChar(scan.flat[first - 1])) || (isWordChar(needle[needle.length - 1]) && isWordChar(scan.flat[last + 1]))) {
    return { kind: "not-found" };
  }
  for (let i = first; i <= last; i++) {
    if (scan.lineBreak[i]) {
      return { kind: "crosses-lines" };
    }
  }
  const start = scan.from[first];
  const end = scan.to[last];
  const kept = keptMarkup(scan.markup.filter((m) => m.start >= start && m.end <= end));
  const inserted = format === "html" ? toHtmlText(replacement) : replacement;
  return { kind: "replaced", body: body.slice(0, start) + inserted + kept + body.slice(end) };
}

/**
 * The markup inside the replaced stretch that must stay so the HTML keeps its structure. A tag that opens and
 * closes inside it formatted only the old words and goes with them; a tag whose partner lies outside stays (the new
 * words then sit inside it, e.g. inside the <span> the old note started in), and so do comments and void elements.
 */
function keptMarkup(inside: Tag[]): string {
  const keep = inside.map(() => true);
  const open: number[] = [];
  inside.forEach((m, i) => {
    if (m.kind === "open") {
      open.push(i);
    } else if (m.kind === "close") {
      const partner = open.length > 0 ? open[open.length - 1] : -1;
      if (partner >= 0 && inside[partner].name === m.name) {
        open.pop();
        keep[partner] = false;
        keep[i] = false;
      }
    }
  });
  return inside.filter((_, i) => keep[i]).map((m) => m.source).join("");
}

/** Collects the visible text and where each character came from. */
class ScanWriter implements Scan {
  flat = "";
  private readonly chars: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];
  readonly lineBreak: boolean[] = [];
  readonly markup: Tag[] = [];

  char(c: string, start: number, end: number): void {
    this.chars.push(c);
    this.from.push(start);
    this.to.push(end);
    this.lineBreak.push(false);
  }

  /** White space or a boundary: runs collapse into one " ", which remembers whether a line ended inside it. */
  space(start: number, end: number, isBreak: boolean): void {
    const last = this.chars.length - 1;
    if (last >= 0 && this.chars[last] === " ") {
      this.to[last] = Math.max(this.to[last], end);
      this.lineBreak[last] ||= isBreak;
      return;
    }
    this.char(" ", start, end);
    this.lineBreak[last + 1] = isBreak;
  }

  finish(): Scan {
    this.flat = this.chars.join("");
    return this;
  }
}

/** A plain-text body: every character shows as itself; a line ends at a line break. */
function scanText(text: string): Scan {
  const out = new ScanWriter();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") {
      out.space(i, i + 1, true);
    } else if (isSpace(c)) {
      out.space(i, i + 1, false);
    } else {
      out.char(c, i, i + 1);
    }
  }
  return out.finish();
}

/** Reads the HTML the way a browser shows it, far enough to map visible text back to source positions. */
function scanHtml(html: string, decode: EntityDecoder): Scan {
  const out = new ScanWriter();

  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === "<") {
      const tag = readMarkup(html, i);
      if (tag) {
        out.markup.push({ ...tag, source: html.slice(tag.start, tag.end) });
        if (blocks.has(tag.name)) {
          out.space(tag.start, tag.end, true);
        }
        i = tag.end;
        if (tag.kind === "open" && hiddenText.has(tag.name)) {
          // Raw text up to the matching end tag: not shown, and a "<" in a <style> is not a tag.
          const endTag = new RegExp(`</${tag.name}`, "gi"); // the names in hiddenText are plain letters
          endTag.lastIndex = i;
          const stop = endTag.exec(html)?.index ?? html.length;
          out.space(i, stop, true);
          i = stop;
        }
        continue;
      }
    }
    if (c === "&") {
      const entity = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.exec(html.slice(i, i + 40));
      const text = entity ? decode(entity[0]) : null;
      if (entity && text) {
        // By UTF-16 unit, as the words and their spans count.
        const decoded = squeeze(text);
        for (let k = 0; k < decoded.length; k++) {
          const ch = decoded[k];
          if (ch === " ") {
            out.space(i, i + entity[0].length, false);
          } else {
            out.char(ch, i, i + entity[0].length);
          }
        }
        i += entity[0].length;
        continue;
      }
    }
    if (isSpace(c)) {
      out.space(i, i + 1, false);
      i++;
      continue;
    }
    out.char(c, i, i + 1);
    i++;
  }
  return out.finish();
}

/** The tag, comment or declaration that starts at `at`, or null when this "<" is just text (as in "a < b"). */
function readMarkup(html: string, at: number): Markup | null {
  if (html.startsWith("<!--", at)) {
    const close = html.indexOf("-->", at + 4);
    return { start: at, end: close < 0 ? html.length : close + 3, name: "", kind: "other" };
  }
  const next = html[at + 1];
  if (next === "!" || next === "?") {
    // Doctypes, Word's <![if !supportLists]> and <![endif]>, <?xml …?>: up to the next ">".
    const close = html.indexOf(">", at + 2);
    return { start: at, end: close < 0 ? html.length : close + 1, name: "", kind: "other" };
  }
  const closing = next === "/";
  const nameMatch = /^[A-Za-z][^\s/>]*/.exec(html.slice(at + (closing ? 2 : 1), at + (closing ? 2 : 1) + 64));
  if (!nameMatch) {
    return null;
  }
  // Attributes may hold ">" inside quotes.
  let i = at + (closing ? 2 : 1) + nameMatch[0].length;
  let quote: string | null = null;
  for (; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) {
        quote = null;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      break;
    }
  }
  const end = Math.min(i + 1, html.length);
  const name = nameMatch[0].toLowerCase();
  const selfClosing = html[end - 2] === "/";
  const kind = closing ? "close" : voids.has(name) || selfClosing ? "void" : "open";
  return { start: at, end, name, kind };
}

/** Text as HTML: the three characters that would be read as markup escaped, line breaks as <br>. */
export function toHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, "<br>");
}

/** Every run of white space, no-break spaces included, as one " ". */
function squeeze(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ");
}

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\u00a0";
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}

let decoder: HTMLTextAreaElement | null = null;

/** The browser's own entity table (all 2 000-odd HTML names), through a detached <textarea> that runs no markup. */
function decodeWithDocument(entity: string): string | null {
  decoder ??= document.createElement("textarea");
  decoder.innerHTML = entity;
  const text = decoder.value;
  return text === entity ? null : text;
}
