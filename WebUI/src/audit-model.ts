// The audit's data, no DOM: notes read from a CSV or pasted, how they are cut into /check-batch requests, their
// compact results, the tallies behind the charts, copy-paste clusters, and filtering/sorting for the table.
// What the service defines — its limits, the recorded-status labels, when two notes are the same text — comes from
// the service (AuditSettings from GET /api/config, copy keys from /api/notes/copy-keys), never from a copy here.
import type { BatchCheckResult, BatchNoteInput, Grade, NoteStatus, PaneConfig, Severity } from "./api";
import { limitsFrom } from "./limits";

/** The service's facts the audit needs, from GET /api/config. */
export interface AuditSettings {
  maxNoteLength: number; // longest note /check-batch takes
  batchNotes: number; // most notes per /check-batch (and /copy-keys) request
  recordedStatuses: Readonly<Record<string, NoteStatus>>; // recorded-status label key → status
}

/** The settings in a /api/config answer (limits read as the pane reads them, limits.ts); null without the labels. */
export function auditSettings(config: PaneConfig | null): AuditSettings | null {
  if (!config?.recordedStatuses) {
    return null;
  }
  const limits = limitsFrom(config);
  return { maxNoteLength: limits.noteCharacters, batchNotes: limits.batchNotes, recordedStatuses: config.recordedStatuses };
}

export type Role = "tenant" | "workload" | "recorded" | "note";
export const roles: readonly Role[] = ["note", "tenant", "workload", "recorded"];

export interface AuditNote {
  index: number; // position in the audit; the id sent to the service
  line: number; // line in the CSV (or the pasted text)
  tenant: string;
  workload: string;
  recorded: string; // as written in the export
  recordedStatus: NoteStatus | null; // null: none given; "Undetermined" is never recorded
  recordedKnown: boolean; // false when a recorded status was given but is not one we know
  text: string;
}

export interface CompactFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  length: number;
  suggestions: readonly string[];
}

export interface AuditResult {
  status: NoteStatus;
  grade: Grade;
  score: number;
  language: string;
  l2: string | null;
  l3: string | null;
  findings: CompactFinding[];
  rules: string[]; // distinct rule ids, in finding order
  suggestion: string | null;
  cluster: number; // index into clusters, -1 when none
}

// ---------- columns ----------

const synonyms: Record<Role, string[]> = {
  note: ["note", "notes", "statusnote", "entitlementstatusnote", "entitlementnote", "notiz", "statusnotiz", "text", "comment", "kommentar", "bemerkung"],
  tenant: ["tenant", "tenantid", "tenantname", "mandant", "kunde", "customer", "customername", "tpid", "organization", "organisation"],
  workload: ["workload", "workloadname", "arbeitslast", "service", "dienst", "product", "produkt"],
  recorded: ["recordedstatus", "status", "statusl1", "l1", "l1status", "erfassterstatus", "entitlementstatus", "recorded"],
};
const fragments: Record<Role, string[]> = {
  note: ["note", "notiz"],
  tenant: ["tenant", "mandant", "kunde", "customer"],
  workload: ["workload", "arbeitslast"],
  recorded: ["status"],
};

function fold(value: string): string {
  return value.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]/g, "");
}

/** Which column holds what, by header name; -1 where nothing fits (the page lets the user choose). */
export function guessColumns(header: readonly string[]): Record<Role, number> {
  const folded = header.map(fold);
  const taken = new Set<number>();
  const result: Record<Role, number> = { note: -1, tenant: -1, workload: -1, recorded: -1 };
  for (const pass of [synonyms, fragments]) {
    for (const role of roles) {
      if (result[role] >= 0) {
        continue;
      }
      const index = folded.findIndex((name, i) => !taken.has(i) && pass[role].some((s) => (pass === synonyms ? name === s : name.includes(s))));
      if (index >= 0) {
        result[role] = index;
        taken.add(index);
      }
    }
  }
  return result;
}

/** A recorded label's key as the service defines it (RecordedStatusLabels.Key): its letters a–z, in lower case. */
export function recordedStatusKey(value: string): string {
  return value.replace(/[^A-Za-z]/g, "").toLowerCase();
}

/** Reads recorded statuses (ids, English or German labels) with the service's labels; null when not recognised. */
export function recordedStatusReader(labels: Readonly<Record<string, NoteStatus>>): (value: string) => NoteStatus | null {
  const byKey = new Map(Object.entries(labels));
  const cache = new Map<string, NoteStatus | null>(); // exports repeat a handful of spellings
  return (value) => {
    let known = cache.get(value);
    if (known === undefined) {
      known = byKey.get(recordedStatusKey(value)) ?? null;
      cache.set(value, known);
    }
    return known;
  };
}

export function notesFromTable(
  rows: readonly string[][], lines: readonly number[], columns: Record<Role, number>, readRecorded: (value: string) => NoteStatus | null,
): AuditNote[] {
  const cell = (row: readonly string[], role: Role) => (columns[role] >= 0 ? (row[columns[role]] ?? "") : "");
  return rows.map((row, index) => {
    const recorded = cell(row, "recorded").trim();
    const recordedStatus = recorded ? readRecorded(recorded) : null;
    return {
      index,
      line: lines[index],
      tenant: cell(row, "tenant").trim(),
      workload: cell(row, "workload").trim(),
      recorded,
      recordedStatus,
      recordedKnown: !recorded || recordedStatus !== null,
      text: cell(row, "note"),
    };
  });
}

/** Pasted notes: one per line; blank lines are not notes. */
export function notesFromPaste(text: string): AuditNote[] {
  const notes: AuditNote[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => {
    if (line.trim()) {
      notes.push({ index: notes.length, line: i + 1, tenant: "", workload: "", recorded: "", recordedStatus: null, recordedKnown: true, text: line });
    }
  });
  return notes;
}

// ---------- requests ----------

const maxChunkChars = 2_000_000; // keeps a request well under the service's 16 MB body limit

/** The notes of tenants with more than `size` notes: to split such a tenant the page needs their copy keys. */
export function notesNeedingCopyKeys(notes: readonly AuditNote[], size: number): AuditNote[] {
  const count = new Map<string, number>();
  for (const note of notes) {
    if (note.tenant) {
      count.set(note.tenant, (count.get(note.tenant) ?? 0) + 1);
    }
  }
  return notes.filter((n) => n.tenant && count.get(n.tenant)! > size);
}

/** Consecutive slices of at most `size` notes and about maxChunkChars characters: one request each. */
export function slices(notes: readonly AuditNote[], size: number): AuditNote[][] {
  const out: AuditNote[][] = [];
  let current: AuditNote[] = [];
  let chars = 0;
  for (const note of notes) {
    if (current.length > 0 && (current.length >= size || chars + note.text.length > maxChunkChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(note);
    chars += note.text.length;
  }
  if (current.length > 0) {
    out.push(current);
  }
  return out;
}

/**
 * Cuts the notes into requests of at most `size` notes, keeping all notes of one tenant in the same request so the
 * service sees every copy of a text across that tenant's workloads. A tenant with more notes than fit one request is
 * split by the service's copy key (`copyKeys`, for the notes of notesNeedingCopyKeys), keeping copies together; only
 * a single text used more than `size` times is cut, and AuditRun joins its parts again.
 */
export function planChunks(notes: readonly AuditNote[], size: number, copyKeys: ReadonlyMap<number, string>): AuditNote[][] {
  const byTenant = new Map<string, AuditNote[]>();
  const loose: AuditNote[] = [];
  for (const note of notes) {
    if (!note.tenant) {
      loose.push(note);
      continue;
    }
    let group = byTenant.get(note.tenant);
    if (!group) {
      byTenant.set(note.tenant, (group = []));
    }
    group.push(note);
  }

  const groups: AuditNote[][] = [];
  for (const group of byTenant.values()) {
    if (group.length <= size) {
      groups.push(group);
      continue;
    }
    const byText = new Map<string, AuditNote[]>();
    for (const note of group) {
      const key = copyKeys.get(note.index);
      if (key === undefined) {
        throw new Error(`no copy key for note ${note.index}`);
      }
      let same = byText.get(key);
      if (!same) {
        byText.set(key, (same = []));
      }
      same.push(note);
    }
    for (const same of byText.values()) {
      for (let k = 0; k < same.length; k += size) {
        groups.push(same.slice(k, k + size));
      }
    }
  }
  for (const note of loose) {
    groups.push([note]);
  }

  const chunks: AuditNote[][] = [];
  let current: AuditNote[] = [];
  let chars = 0;
  for (const group of groups) {
    const groupChars = group.reduce((sum, n) => sum + n.text.length, 0);
    if (current.length > 0 && (current.length + group.length > size || chars + groupChars > maxChunkChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(...group);
    chars += groupChars;
  }
  if (current.length > 0) {
    chunks.push(current);
  }
  return chunks;
}

export function requestOf(chunk: readonly AuditNote[]): BatchNoteInput[] {
  return chunk.map((n) => ({ id: String(n.index), text: n.text, workload: n.workload || null, tenant: n.tenant || null, language: null }));
}

// ---------- results ----------

/** Keeps one copy of each repeated string (messages, rule ids, L2 names): 100 000 results stay small. */
export class Interner {
  private readonly seen = new Map<string, string>();

  get(value: string): string {
    const known = this.seen.get(value);
    if (known !== undefined) {
      return known;
    }
    this.seen.set(value, value);
    return value;
  }
}

export interface CopyPasteCluster {
  tenant: string;
  members: number[]; // note indexes
  workloads: string[];
  message: string;
}

export class AuditRun {
  readonly results: (AuditResult | undefined)[];
  readonly clusters: CopyPasteCluster[] = [];
  /** The service's copy key of each note of a tenant split over requests (see planChunks), by note index. */
  readonly copyKeys = new Map<number, string>();
  checked = 0;
  private readonly interner = new Interner();
  private readonly clusterByKey = new Map<string, number>();
  private haystack: string[] | null = null;

  constructor(readonly notes: readonly AuditNote[]) {
    this.results = new Array<AuditResult | undefined>(notes.length);
  }

  /** Takes one /check-batch answer. */
  add(answer: BatchCheckResult): void {
    const intern = (s: string) => this.interner.get(s);
    for (const item of answer.results) {
      const index = Number(item.id);
      const findings = item.findings.map((f) => ({
        ruleId: intern(f.ruleId),
        severity: f.severity,
        message: intern(f.message),
        start: f.start,
        length: f.length,
        suggestions: f.suggestions.map(intern),
      }));
      this.results[index] = {
        status: item.status,
        grade: item.grade,
        score: item.score,
        language: intern(item.language),
        l2: item.reason ? intern(item.reason.l2) : null,
        l3: item.reason?.l3 ? intern(item.reason.l3) : null,
        findings,
        rules: [...new Set(findings.map((f) => f.ruleId))],
        suggestion: item.suggestion ? item.suggestion.text : null,
        cluster: -1,
      };
      this.checked++;
    }
    for (const cross of answer.crossFindings) {
      if (cross.ruleId === "copy-paste-across-workloads") {
        this.mergeCluster(cross.ids.map(Number), intern(cross.message));
      }
    }
  }

  /** The service's clusters, joined where one text of one tenant was split over requests (see planChunks). */
  private mergeCluster(members: number[], message: string): void {
    // Only a tenant split over requests can have a cluster in two answers; its notes have copy keys.
    const first = this.notes[members[0]];
    const key = `${first.tenant}\u0000${this.copyKeys.get(first.index) ?? `#${first.index}`}`;
    const existing = this.clusterByKey.get(key);
    let id: number;
    if (existing === undefined) {
      id = this.clusters.length;
      this.clusters.push({ tenant: first.tenant, members: [], workloads: [], message });
      this.clusterByKey.set(key, id);
    } else {
      id = existing;
    }
    const cluster = this.clusters[id];
    for (const m of members) {
      if (!cluster.members.includes(m)) {
        cluster.members.push(m);
      }
      const result = this.results[m];
      if (result) {
        result.cluster = id;
      }
    }
    cluster.members.sort((a, b) => a - b);
    cluster.workloads = [...new Set(cluster.members.map((m) => this.notes[m].workload))].sort();
  }

  /** Tenant, workload and note in lower case, for the table's free-text filter (built on first use). */
  searchText(index: number): string {
    this.haystack ??= this.notes.map((n) => `${n.tenant}\u0000${n.workload}\u0000${n.text}`.toLowerCase());
    return this.haystack[index];
  }

  /** The note reads as another status than the one recorded (as the command-line audit counts it: a note that
   * states no readable status neither confirms nor contradicts). */
  disagrees(index: number): boolean {
    const note = this.notes[index];
    const result = this.results[index];
    return !!result && note.recordedStatus !== null && result.status !== "Undetermined" && note.recordedStatus !== result.status;
  }
}

// ---------- tallies ----------

export interface Tally {
  grades: Map<string, number>;
  statuses: Map<string, number>;
  l2: Map<string, number>; // "" = no reason
  rules: Map<string, number>; // notes with the rule
  disagreements: number;
  pairs: Map<string, number>; // "recorded→detected"
  unrecognisedRecorded: number;
  withRecorded: number;
}

export function tally(run: AuditRun): Tally {
  const t: Tally = { grades: new Map(), statuses: new Map(), l2: new Map(), rules: new Map(), disagreements: 0, pairs: new Map(), unrecognisedRecorded: 0, withRecorded: 0 };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  run.results.forEach((result, index) => {
    if (!result) {
      return;
    }
    bump(t.grades, result.grade);
    bump(t.statuses, result.status);
    bump(t.l2, result.l2 ?? "");
    for (const rule of result.rules) {
      bump(t.rules, rule);
    }
    const note = run.notes[index];
    if (note.recordedStatus) {
      t.withRecorded++;
    }
    if (!note.recordedKnown) {
      t.unrecognisedRecorded++;
    }
    if (run.disagrees(index)) {
      t.disagreements++;
      bump(t.pairs, `${note.recordedStatus}\u2192${result.status}`);
    }
  });
  return t;
}

// ---------- table ----------

export interface Filter {
  grade: string;
  status: string;
  rule: string;
  disagreement: "" | "yes" | "no";
  text: string;
  cluster: number; // -1: any
}

export type SortKey = "line" | "tenant" | "workload" | "recorded" | "status" | "grade" | "score" | "findings";

const gradeOrder: Record<string, number> = { Bad: 0, Incomplete: 1, Good: 2 };

export function filterAndSort(run: AuditRun, filter: Filter, key: SortKey, descending: boolean): number[] {
  const text = filter.text.trim().toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < run.notes.length; i++) {
    const r = run.results[i];
    if (!r) {
      continue;
    }
    if ((filter.grade && r.grade !== filter.grade) || (filter.status && r.status !== filter.status)) {
      continue;
    }
    if (filter.rule && !r.rules.includes(filter.rule)) {
      continue;
    }
    if (filter.cluster >= 0 && r.cluster !== filter.cluster) {
      continue;
    }
    if (filter.disagreement && run.disagrees(i) !== (filter.disagreement === "yes")) {
      continue;
    }
    if (text && !run.searchText(i).includes(text)) {
      continue;
    }
    out.push(i);
  }

  // Notes are in file order, so the index order is the line order: nothing to sort.
  if (key === "line" && !descending) {
    return out;
  }
  const compareText = new Intl.Collator(undefined, { sensitivity: "base", numeric: true }).compare;
  const value = (i: number): string | number => {
    const n = run.notes[i];
    const r = run.results[i]!;
    switch (key) {
      case "line": return n.line;
      case "tenant": return n.tenant;
      case "workload": return n.workload;
      case "recorded": return n.recorded;
      case "status": return r.status;
      case "grade": return gradeOrder[r.grade];
      case "score": return r.score;
      case "findings": return r.findings.length;
    }
  };
  // Sort keys computed once; texts compared through their rank among the distinct values (few: tenants, workloads).
  const raw = out.map(value);
  let keys: number[];
  if (typeof raw[0] === "number") {
    keys = raw as number[];
  } else {
    const distinct = [...new Set(raw as string[])].sort(compareText);
    const rank = new Map(distinct.map((v, r) => [v, r]));
    keys = (raw as string[]).map((v) => rank.get(v)!);
  }
  const order = out.map((_, k) => k);
  const sign = descending ? -1 : 1;
  order.sort((a, b) => sign * (keys[a] - keys[b]) || out[a] - out[b]);
  return order.map((k) => out[k]);
}
