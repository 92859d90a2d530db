// Reading and writing CSV, no DOM: RFC 4180 quoting ("" inside quotes, separators and line breaks inside quoted
// fields), a UTF-8 byte-order mark, and ";" (German Excel), "," or tab as the separator. Malformed records are
// reported with the line they start on; the caller decides what to do with them — nothing disappears silently.

export type Separator = "," | ";" | "\t";

export type CsvProblemKind = "unclosed-quote" | "text-after-quote" | "quote-in-field" | "field-count" | "not-utf8";

export interface CsvProblem {
  line: number; // 1-based line of the file where the record starts (or where the bad byte is)
  kind: CsvProblemKind;
  expected?: number; // field-count: the header's number of fields
  actual?: number;
}

export interface CsvTable {
  separator: Separator;
  header: string[];
  rows: string[][]; // data records that are well-formed, header excluded
  lines: number[]; // the line each row starts on
  problems: CsvProblem[];
  blankLines: number;
}

/** The separator of the header line: the one of ; , tab that occurs most often outside quotes. */
export function detectSeparator(text: string): Separator {
  const counts: Record<Separator, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === "\n" || c === "\r")) {
      break;
    } else if (!quoted && (c === "," || c === ";" || c === "\t")) {
      counts[c]++;
    }
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) {
    return ";";
  }
  return counts["\t"] > counts[","] ? "\t" : ",";
}

/**
 * Parses the whole text. The first record is the header; every later record must have as many fields (trailing
 * empty fields beyond the header are tolerated). Blank lines are counted, not returned.
 */
export function parseCsv(text: string, separator: Separator = detectSeparator(text), onProgress?: (done: number) => void): CsvTable {
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
  }
  const table: CsvTable = { separator, header: [], rows: [], lines: [], problems: [], blankLines: 0 };
  const sep = separator.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let first = true;
  let nextReport = 1 << 20;

  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let problem: CsvProblem | null = null;
    let endOfRecord = false;
    while (!endOfRecord) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        // Quoted field: runs to the next lone quote; "" is a quote; separators and line breaks are text.
        let j = i + 1;
        let parts = "";
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            break;
          }
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            j = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          problem ??= { line: startLine, kind: "unclosed-quote" };
          // Nothing after an unclosed quote can be read reliably: the rest of the file is this one bad record.
          line += countLineBreaks(text, i, n);
          i = n;
          fields.push(parts);
          break;
        }
        line += countLineBreaks(text, i, j);
        value = parts;
        i = j;
        const c = text.charCodeAt(i);
        if (i < n && c !== sep && c !== 10 && c !== 13) {
          problem ??= { line: startLine, kind: "text-after-quote" };
          // Skip to the end of this field so the next record starts in the right place.
          while (i < n && text.charCodeAt(i) !== sep && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
            i++;
          }
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === sep || c === 10 || c === 13) {
            break;
          }
          j++;
        }
        value = text.slice(i, j);
        if (value.includes('"')) {
          problem ??= { line: startLine, kind: "quote-in-field" };
        }
        i = j;
      }
      fields.push(value);
      if (i >= n) {
        endOfRecord = true;
      } else {
        const c = text.charCodeAt(i);
        if (c === sep) {
          i++;
          if (i >= n) {
            fields.push("");
            endOfRecord = true;
          }
        } else {
          // \r\n, \n or a lone \r ends the record.
          i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
          line++;
          endOfRecord = true;
        }
      }
    }

    if (i >= nextReport && onProgress) {
      onProgress(i);
      nextReport = i + (1 << 20);
    }
    if (!problem && fields.length === 1 && fields[0].trim() === "") {
      table.blankLines++;
      continue;
    }
    if (first) {
      first = false;
      table.header = fields.map((f) => f.trim());
      if (problem) {
        table.problems.push(problem);
      }
      continue;
    }
    if (!problem && fields.length !== table.header.length) {
      const extraAreEmpty = fields.length > table.header.length && fields.slice(table.header.length).every((f) => f.trim() === "");
      if (extraAreEmpty) {
        fields.length = table.header.length;
      } else {
        problem = { line: startLine, kind: "field-count", expected: table.header.length, actual: fields.length };
      }
    }
    if (problem) {
      table.problems.push(problem);
    } else {
      table.rows.push(fields);
      table.lines.push(startLine);
    }
  }
  return table;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      count++;
    }
  }
  return count;
}

/** The line of the first byte that is not UTF-8 (decoded leniently, the first U+FFFD), for the error message. */
export function firstBadUtf8Line(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  const bad = text.indexOf("\uFFFD");
  return bad < 0 ? 1 : countLineBreaks(text, 0, bad) + 1;
}

/**
 * One CSV cell for spreadsheet programs: quoted when it holds a quote, separator or line break, and prefixed with
 * an apostrophe when it starts with = + - @ (or tab / carriage return), so Excel and LibreOffice read text rather
 * than a formula (CSV injection).
 */
export function csvCell(value: string | number | null | undefined, separator: Separator = ","): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && formulaStart.has(text.charCodeAt(0))) {
    text = "'" + text;
  }
  const special = separator === "," ? needsQuotesComma : separator === ";" ? needsQuotesSemicolon : needsQuotesTab;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const formulaStart = new Set([61, 43, 45, 64, 9, 13]); // = + - @ tab CR
const needsQuotesComma = /[",\r\n]/;
const needsQuotesSemicolon = /[";\r\n]/;
const needsQuotesTab = /["\t\r\n]/;

export function csvLine(values: ReadonlyArray<string | number | null | undefined>, separator: Separator = ","): string {
  return values.map((v) => csvCell(v, separator)).join(separator) + "\r\n";
}

/**
 * The parsed table as one string and the length of each field: posting 100 000 rows as arrays of strings costs the
 * page a long structured clone, one string and a transferred buffer cost next to nothing.
 */
export type PackedTable = Omit<CsvTable, "rows"> & { fields: string; lengths: Uint32Array; width: number; count: number };

export function pack(table: CsvTable): PackedTable {
  const width = table.header.length;
  const lengths = new Uint32Array(table.rows.length * width);
  let k = 0;
  for (const row of table.rows) {
    for (let c = 0; c < width; c++) {
      lengths[k++] = row[c].length;
    }
  }
  const { rows, ...rest } = table;
  return { ...rest, fields: rows.map((r) => r.join("")).join(""), lengths, width, count: rows.length };
}

/** The rows back from a packed table (substrings of one string: cheap). */
export function unpack(packed: PackedTable): CsvTable {
  const rows: string[][] = new Array(packed.count);
  let at = 0;
  let k = 0;
  for (let r = 0; r < packed.count; r++) {
    const row: string[] = new Array(packed.width);
    for (let c = 0; c < packed.width; c++) {
      const end = at + packed.lengths[k++];
      row[c] = packed.fields.slice(at, end);
      at = end;
    }
    rows[r] = row;
  }
  const { fields: _fields, lengths: _lengths, width: _width, count: _count, ...rest } = packed;
  return { ...rest, rows };
}
