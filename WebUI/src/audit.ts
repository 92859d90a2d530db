// The audit page (/audit.html): many notes from a CSV export or pasted, checked through /check-batch in requests of
// at most 1 000 notes, then charts, disagreements, copy-paste clusters, a filterable table and a CSV export.
// The CSV is parsed in a Web Worker; the table shows one page at a time, so 100 000 notes keep the page responsive.
import { ApiError, checkBatch, copyKeys, listRules, loadConfig, setTokenSource, type Grade, type NoteStatus, type PaneConfig, type RuleInfo } from "./api";
import { auditStrings } from "./audit-i18n";
import { AuditSignIn, finishSignInPopup, isSignInPopup, type AuditSignInState } from "./audit-signin";
import {
  AuditRun, auditSettings, filterAndSort, guessColumns, notesFromPaste, notesFromTable, notesNeedingCopyKeys, planChunks, recordedStatusReader,
  requestOf, roles, slices, tally, type AuditNote, type AuditSettings, type Filter, type Role, type SortKey,
} from "./audit-model";
import type { WorkerAnswer } from "./audit-worker";
import { drawBarChart, type Bar } from "./charts";
import { csvLine, unpack, type CsvTable } from "./csv";
import { pickLanguage } from "./i18n";
import { layOut, type Piece } from "./text";

const language = pickLanguage(navigator.language);
const t = auditStrings(language);
const grades: Grade[] = ["Good", "Incomplete", "Bad"];
const statuses: NoteStatus[] = ["InProgress", "Blocked", "NoIntent", "Unknown", "DuplicateInvalid", "Undetermined"];
const pageSize = 50;
const shownProblems = 100;
const shownClusters = 20;
const topRules = 10;
const topL2 = 10;

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function element<K extends keyof HTMLElementTagNameMap>(name: K, className = "", text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

// ---------- state ----------

let settings: AuditSettings | null = null; // the service's limits and labels (GET /api/config), read once at start
let readRecorded: (value: string) => NoteStatus | null = () => null;
let source: "csv" | "paste" | null = null;
let table: CsvTable | null = null;
let fileName = "";
let columns: Record<Role, number> = { note: -1, tenant: -1, workload: -1, recorded: -1 };
let run: AuditRun | null = null;
let running: AbortController | null = null;
let ruleInfo = new Map<string, RuleInfo>();
let view: number[] = [];
let page = 0;
let sortKey: SortKey = "line";
let sortDescending = false;
let clusterFilter = -1;
let summaryPending = false;
let lastTally: ReturnType<typeof tally> | null = null;

// ---------- static text ----------

function fillStaticText(): void {
  document.documentElement.lang = language;
  document.title = `NoteAddin – ${t.title}`;
  $("title").textContent = `NoteAddin – ${t.title}`;
  const text: Record<string, string> = {
    intro: t.intro, "source-heading": t.sourceHeading, "csv-label": t.csvLabel, "drop-hint": t.dropHint,
    "paste-label": t.pasteLabel, "columns-heading": t.columnsHeading, "columns-help": t.columnsHelp,
    "start-audit": t.start, "cancel-audit": t.cancel, "progress-label": t.progressLabel,
    "results-heading": t.resultsHeading, "grade-heading": t.gradeChart, "l1-heading": t.l1Chart, "l2-heading": t.l2Chart,
    "findings-heading": t.topFindings, "disagreements-heading": t.disagreementsHeading, "show-disagreements": t.showInTable,
    "clusters-heading": t.clustersHeading, "table-heading": t.tableHeading, "filter-grade-label": t.filterGrade,
    "filter-status-label": t.filterStatus, "filter-rule-label": t.filterRule, "filter-disagreement-label": t.filterDisagreement,
    "filter-text-label": t.filterText, "page-previous": t.previous, "page-next": t.next, "detail-close": t.close,
    "detail-suggestion-heading": t.suggestion, "detail-peers-heading": t.clusterPeers, "clear-cluster": t.clearCluster,
  };
  for (const [id, value] of Object.entries(text)) {
    $(id).textContent = value;
  }
  for (const role of roles) {
    $(`column-${role}-label`).textContent = t.role[role];
  }
  setOptions($("filter-grade"), [["", t.any], ...grades.map((g) => [g, t.pane.grade[g]] as [string, string])]);
  setOptions($("filter-status"), [["", t.any], ...statuses.map((s) => [s, t.pane.status[s]] as [string, string])]);
  setOptions($("filter-disagreement"), [["", t.any], ["yes", t.yes], ["no", t.no]]);
  setOptions($("filter-rule"), [["", t.any]]);
}

function setOptions(select: HTMLElement, options: [string, string][], selected = ""): void {
  select.replaceChildren(...options.map(([value, label]) => {
    const option = element("option", "", label);
    option.value = value;
    option.selected = value === selected;
    return option;
  }));
}

// ---------- reading the notes ----------

let worker: Worker | null = null;

function readFile(file: File): void {
  worker?.terminate();
  table = null;
  fileName = file.name;
  source = "csv";
  $("columns").hidden = true;
  $("csv-problems").hidden = true;
  $("file-state").textContent = t.reading;
  updateReady();
  const w = (worker = new Worker("assets/audit-worker.js"));
  w.onmessage = (event: MessageEvent<WorkerAnswer>) => {
    const answer = event.data;
    if (answer.type === "progress") {
      $("file-state").textContent = t.readingProgress(Math.floor((100 * answer.done) / Math.max(answer.total, 1)));
      return;
    }
    w.terminate();
    worker = null;
    if (answer.type === "table") {
      measure("audit-read", () => showTable(unpack(answer.table)));
    } else {
      $("file-state").textContent = answer.type === "not-utf8" ? t.notUtf8(answer.line) : t.readFailed;
      updateReady();
    }
  };
  w.onerror = () => {
    $("file-state").textContent = t.readFailed;
    worker = null;
    updateReady();
  };
  w.postMessage({ file });
}

function showTable(parsed: CsvTable): void {
  table = parsed;
  const separatorName = parsed.separator === "\t" ? "Tab" : parsed.separator;
  const state = [t.fileRead(fileName, parsed.rows.length, separatorName)];
  if (parsed.blankLines > 0) {
    state.push(t.blankLines(parsed.blankLines));
  }
  $("file-state").textContent = state.join(" ");
  showProblems(parsed.problems.map(t.problem));

  columns = guessColumns(parsed.header);
  for (const role of roles) {
    const options: [string, string][] = parsed.header.map((name, i) => [String(i), t.column(i, name)]);
    if (role !== "note") {
      options.unshift(["-1", t.noColumn]);
    } else if (columns.note < 0) {
      options.unshift(["-1", t.needNoteColumn]);
    }
    setOptions($(`column-${role}`), options, String(columns[role]));
  }
  $("columns").hidden = parsed.header.length === 0;
  updateReady();
}

function showProblems(messages: string[]): void {
  const box = $("csv-problems");
  box.hidden = messages.length === 0;
  $("csv-problems-heading").textContent = t.problemsHeading(messages.length);
  const items = messages.slice(0, shownProblems).map((m) => element("li", "", m));
  if (messages.length > shownProblems) {
    items.push(element("li", "", t.moreProblems(messages.length - shownProblems)));
  }
  $("csv-problem-list").replaceChildren(...items);
}

let notesCache: { key: unknown[]; value: { notes: AuditNote[]; tooLong: number[] } } | null = null;

/** The notes the next run would check, and the lines it must leave out (too long for the service). */
function currentNotes(): { notes: AuditNote[]; tooLong: number[] } {
  const key = [source, table, columns, source === "paste" ? ($("paste-input") as HTMLTextAreaElement).value : ""];
  if (notesCache && notesCache.key.every((k, i) => k === key[i])) {
    return notesCache.value;
  }
  const value = readNotes();
  notesCache = { key, value };
  return value;
}

function readNotes(): { notes: AuditNote[]; tooLong: number[] } {
  let notes: AuditNote[] = [];
  if (!settings) {
    return { notes, tooLong: [] };
  }
  const maxNoteLength = settings.maxNoteLength;
  if (source === "csv" && table && columns.note >= 0) {
    notes = notesFromTable(table.rows, table.lines, columns, readRecorded);
  } else if (source === "paste") {
    notes = notesFromPaste(($("paste-input") as HTMLTextAreaElement).value);
  }
  const tooLong = notes.filter((n) => n.text.length > maxNoteLength).map((n) => n.line);
  if (tooLong.length > 0) {
    notes = notes.filter((n) => n.text.length <= maxNoteLength).map((n, index) => ({ ...n, index }));
  }
  return { notes, tooLong };
}

function updateReady(): void {
  const ready = $("ready");
  const start = $("start-audit") as HTMLButtonElement;
  if (!settings) {
    ready.textContent = t.noSettings;
    start.disabled = true;
    return;
  }
  if (source === "csv" && table && columns.note < 0) {
    ready.textContent = t.needNoteColumn;
    start.disabled = true;
    return;
  }
  const { notes, tooLong } = source === "csv" && !table ? { notes: [], tooLong: [] } : currentNotes();
  if (source === "csv" && table) {
    showProblems([...table.problems.map(t.problem), ...tooLong.map((line) => t.tooLongNote(line, settings!.maxNoteLength))]);
  }
  ready.textContent = notes.length === 0 ? (source === "csv" && table ? t.noRows : t.nothingToCheck) : t.ready(notes.length, source === "csv" ? fileName : t.pasted);
  start.disabled = notes.length === 0 || running !== null;
}

// ---------- running ----------

async function startAudit(): Promise<void> {
  const { notes } = currentNotes();
  if (notes.length === 0 || running || !settings) {
    return;
  }
  const batchNotes = settings.batchNotes;
  const controller = (running = new AbortController());
  const current = (run = new AuditRun(notes));
  lastTally = null;
  delete document.body.dataset.auditState;
  clusterFilter = -1;
  page = 0;
  ($("start-audit") as HTMLButtonElement).disabled = true;
  ($("cancel-audit") as HTMLButtonElement).disabled = false;
  $("error").hidden = true;
  $("results").hidden = false;
  setProgress(0, notes.length);
  $("run-state").textContent = t.progress(0, notes.length);
  renderTable();

  if (ruleInfo.size === 0) {
    listRules(language).then((rules) => {
      ruleInfo = new Map(rules.map((r) => [r.id, r]));
      scheduleSummary();
    }, () => undefined);
  }

  const began = performance.now();
  let outcome: "done" | "cancelled" | "failed" = "done";
  let failure = "";
  try {
    // A tenant too big for one request is split by the service's copy key, so copies stay in one request.
    for (const slice of slices(notesNeedingCopyKeys(notes, batchNotes), batchNotes)) {
      const keys = await copyKeys(slice.map((n) => n.text), controller.signal);
      slice.forEach((note, i) => current.copyKeys.set(note.index, keys[i]));
    }
    const chunks = planChunks(notes, batchNotes, current.copyKeys);
    for (const chunk of chunks) {
      const answer = await checkBatch(requestOf(chunk), controller.signal);
      if (controller.signal.aborted) {
        break;
      }
      measure("audit-add", () => current.add(answer));
      setProgress(current.checked, notes.length, batchNotes);
      scheduleSummary();
    }
    if (controller.signal.aborted) {
      outcome = "cancelled";
    }
  } catch (error) {
    if (controller.signal.aborted || (error instanceof DOMException && error.name === "AbortError")) {
      outcome = "cancelled";
    } else {
      outcome = "failed";
      failure = error instanceof ApiError ? (error.status === 0 ? t.networkError : error.message) : String(error);
    }
  }
  const seconds = (performance.now() - began) / 1000;
  running = null;
  ($("cancel-audit") as HTMLButtonElement).disabled = true;
  document.body.dataset.auditState = outcome;
  document.body.dataset.auditSeconds = seconds.toFixed(2);
  if (outcome === "done") {
    $("run-state").textContent = t.finished(notes.length, seconds);
  } else if (outcome === "cancelled") {
    $("run-state").textContent = t.cancelled(current.checked, notes.length);
  } else {
    $("run-state").textContent = "";
    $("error").textContent = t.failed(failure, current.checked);
    $("error").hidden = false;
  }
  measure("audit-summary", renderSummary);
  measure("audit-rule-filter", fillRuleFilter);
  measure("audit-table", renderTable);
  measure("audit-ready", updateReady);
}

/** Runs a step under a performance measure (visible in the browser's profiler and to the tests). */
function measure(name: string, step: () => void): void {
  const start = performance.now();
  step();
  performance.measure(name, { start, end: performance.now() });
}

function setProgress(done: number, total: number, step = 1): void {
  const progress = $("progress") as HTMLProgressElement;
  progress.max = Math.max(total, 1);
  progress.value = done;
  const text = t.progress(done, total);
  progress.setAttribute("aria-valuetext", text);
  $("progress-text").textContent = text;
  // The live region speaks every tenth or so, not every request.
  if (done === total || done % 10_000 < step) {
    $("run-state").textContent = text;
  }
}

function scheduleSummary(): void {
  if (!summaryPending) {
    summaryPending = true;
    requestAnimationFrame(() => {
      summaryPending = false;
      measure("audit-summary", renderSummary);
    });
  }
}

// ---------- summary: charts, findings, disagreements, clusters ----------

function renderSummary(): void {
  if (!run) {
    return;
  }
  const current = run;
  const tallies = (lastTally = tally(current));
  const total = current.checked;
  const summary = (title: string, bars: Bar[]) => t.chartSummary(title, bars.map((b) => `${b.label} ${t.num(b.count)}`));

  const gradeBars: Bar[] = grades.map((g) => ({ key: g, label: t.pane.grade[g], count: tallies.grades.get(g) ?? 0, className: `grade-${g}` }));
  drawBarChart($("grade-chart"), gradeBars, summary(t.gradeChart, gradeBars), t.num);

  const statusBars: Bar[] = statuses.map((s) => ({ key: s, label: t.pane.status[s], count: tallies.statuses.get(s) ?? 0, className: `status-${s}` }));
  drawBarChart($("l1-chart"), statusBars, summary(t.l1Chart, statusBars), t.num);

  const l2 = [...tallies.l2.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const l2Bars: Bar[] = l2.slice(0, topL2).map(([name, count]) => ({ key: name, label: name || t.noReason, count, className: name ? "l2" : "l2 none" }));
  if (l2.length > topL2) {
    const rest = l2.slice(topL2);
    l2Bars.push({ key: "*others", label: t.others(rest.length), count: rest.reduce((s, [, c]) => s + c, 0), className: "l2 others" });
  }
  drawBarChart($("l2-chart"), l2Bars, summary(t.l2Chart, l2Bars), t.num);

  const rules = [...tallies.rules.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, topRules);
  const list = $("top-findings");
  if (rules.length === 0) {
    list.replaceChildren(element("li", "muted", total > 0 ? t.noFindings : ""));
  } else {
    list.replaceChildren(...rules.map(([rule, count]) => {
      const item = element("li", "top-finding");
      item.dataset.ruleId = rule;
      item.dataset.count = String(count);
      const info = ruleInfo.get(rule);
      const name = element("span", "rule-title", info?.title ?? rule);
      const id = element("code", "rule-id", rule);
      const share = element("span", "muted", t.notesShare(count, total));
      const show = element("button", "link", t.showInTable);
      show.type = "button";
      show.setAttribute("aria-label", `${t.showInTable}: ${info?.title ?? rule}`);
      show.addEventListener("click", () => {
        fillRuleFilter();
        ($("filter-rule") as HTMLSelectElement).value = rule;
        applyFilters(true);
      });
      item.append(name, " ", id, " ", share, " ", show);
      return item;
    }));
  }

  const box = $("disagreements");
  box.dataset.count = String(tallies.disagreements);
  box.dataset.unrecognised = String(tallies.unrecognisedRecorded);
  $("disagreements-summary").textContent = tallies.withRecorded === 0 && tallies.unrecognisedRecorded === 0
    ? t.noRecorded
    : [t.disagreementsSummary(tallies.disagreements, tallies.withRecorded), tallies.unrecognisedRecorded > 0 ? t.unrecognisedRecorded(tallies.unrecognisedRecorded) : ""].join(" ").trim();
  const pairs = [...tallies.pairs.entries()].sort((a, b) => b[1] - a[1]);
  const pairTable = $("disagreement-pairs");
  pairTable.hidden = pairs.length === 0;
  const head = element("tr");
  head.append(element("th", "", t.recordedVsDetected), element("th", "num", "#"));
  head.firstElementChild!.setAttribute("scope", "col");
  head.lastElementChild!.setAttribute("scope", "col");
  const headSection = element("thead");
  headSection.append(head);
  const bodySection = element("tbody");
  for (const [pair, count] of pairs) {
    const [recorded, detected] = pair.split("\u2192") as [NoteStatus, NoteStatus];
    const row = element("tr");
    row.dataset.pair = pair;
    row.append(element("td", "", `${t.pane.status[recorded]} \u2192 ${t.pane.status[detected]}`), element("td", "num", t.num(count)));
    bodySection.append(row);
  }
  pairTable.replaceChildren(headSection, bodySection);
  ($("show-disagreements") as HTMLButtonElement).hidden = tallies.disagreements === 0;

  const clusters = current.clusters;
  const clusterBox = $("clusters");
  clusterBox.dataset.count = String(clusters.length);
  const clusteredNotes = clusters.reduce((s, c) => s + c.members.length, 0);
  $("clusters-summary").textContent = clusters.length === 0 ? t.noClusters : t.clustersSummary(clusters.length, clusteredNotes);
  const ordered = clusters.map((c, id) => ({ c, id })).sort((a, b) => b.c.members.length - a.c.members.length || a.id - b.id);
  const items = ordered.slice(0, shownClusters).map(({ c, id }) => {
    const item = element("li", "cluster");
    item.dataset.testid = "cluster";
    item.dataset.tenant = c.tenant;
    item.dataset.size = String(c.members.length);
    const excerpt = current.notes[c.members[0]].text;
    const show = element("button", "link", `${c.tenant} · ${t.clusterWorkloads(c.members.length)}`);
    show.type = "button";
    show.addEventListener("click", () => {
      clusterFilter = id;
      applyFilters(true);
    });
    item.append(show, element("span", "muted cluster-workloads", c.workloads.join(", ")), element("span", "cluster-text", shorten(excerpt, 140)));
    return item;
  });
  if (ordered.length > shownClusters) {
    items.push(element("li", "muted", t.moreClusters(ordered.length - shownClusters)));
  }
  $("cluster-list").replaceChildren(...items);
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1) + "…";
}

// ---------- table ----------

const columnKeys: (SortKey | "note")[] = ["line", "tenant", "workload", "recorded", "status", "grade", "score", "findings", "note"];

function renderHead(): void {
  $("table-head").replaceChildren(...columnKeys.map((key) => {
    const th = element("th");
    th.scope = "col";
    th.className = `col-${key}`;
    if (key === "note") {
      th.textContent = t.col.note;
      return th;
    }
    const button = element("button", "sort", t.col[key]);
    button.type = "button";
    button.dataset.testid = `sort-${key}`;
    button.setAttribute("aria-label", t.sortBy(t.col[key]));
    if (key === sortKey) {
      th.setAttribute("aria-sort", sortDescending ? "descending" : "ascending");
      button.append(element("span", "sort-arrow", sortDescending ? " \u25BC" : " \u25B2"));
    }
    button.addEventListener("click", () => {
      sortDescending = key === sortKey ? !sortDescending : false;
      sortKey = key;
      applyFilters(true);
    });
    th.append(button);
    return th;
  }));
}

function currentFilter(): Filter {
  return {
    grade: ($("filter-grade") as HTMLSelectElement).value,
    status: ($("filter-status") as HTMLSelectElement).value,
    rule: ($("filter-rule") as HTMLSelectElement).value,
    disagreement: ($("filter-disagreement") as HTMLSelectElement).value as Filter["disagreement"],
    text: ($("filter-text") as HTMLInputElement).value,
    cluster: clusterFilter,
  };
}

function applyFilters(resetPage: boolean): void {
  if (resetPage) {
    page = 0;
  }
  renderTable();
}

function fillRuleFilter(): void {
  if (!run) return;
  const select = $("filter-rule") as HTMLSelectElement;
  const chosen = select.value;
  const rules = [...(lastTally ?? tally(run)).rules.keys()].sort();
  setOptions(select, [["", t.any], ...rules.map((r) => [r, ruleInfo.get(r)?.title ? `${ruleInfo.get(r)!.title} (${r})` : r] as [string, string])], chosen);
}

function renderTable(): void {
  renderHead();
  const body = $("table-body");
  if (!run) {
    body.replaceChildren();
    return;
  }
  const current = run;
  view = filterAndSort(current, currentFilter(), sortKey, sortDescending);
  const pages = Math.max(1, Math.ceil(view.length / pageSize));
  page = Math.min(page, pages - 1);
  $("rows-shown").textContent = t.rowsShown(view.length, current.checked);
  $("page-state").textContent = t.page(page + 1, pages);
  ($("page-previous") as HTMLButtonElement).disabled = page === 0;
  ($("page-next") as HTMLButtonElement).disabled = page >= pages - 1;
  $("export-csv").textContent = t.exportCsv(view.length);
  ($("export-csv") as HTMLButtonElement).disabled = view.length === 0 || running !== null;
  const chip = $("clear-cluster");
  chip.hidden = clusterFilter < 0;
  chip.textContent = `${t.clusterFilter(clusterFilter + 1)} \u2715`;
  chip.setAttribute("aria-label", t.clearCluster);

  body.replaceChildren(...view.slice(page * pageSize, (page + 1) * pageSize).map((index) => {
    const note = current.notes[index];
    const result = current.results[index]!;
    const row = element("tr");
    row.dataset.testid = "result-row";
    row.dataset.index = String(index);
    row.dataset.line = String(note.line);
    row.dataset.grade = result.grade;
    row.dataset.status = result.status;
    if (current.disagrees(index)) row.classList.add("disagrees");
    const open = element("button", "link", t.num(note.line));
    open.type = "button";
    open.dataset.testid = "open-row";
    open.setAttribute("aria-label", t.openRow(note.line));
    open.addEventListener("click", (e) => {
      e.stopPropagation();
      openDetail(index);
    });
    const first = element("td", "num");
    first.append(open);
    const grade = element("span", `badge grade-${result.grade}`, t.pane.grade[result.grade]);
    const gradeCell = element("td");
    gradeCell.append(grade);
    row.append(
      first,
      element("td", "", note.tenant),
      element("td", "", note.workload),
      element("td", note.recordedKnown ? "" : "unknown-recorded", note.recorded),
      element("td", current.disagrees(index) ? "disagree" : "", t.pane.status[result.status]),
      gradeCell,
      element("td", "num", String(result.score)),
      element("td", "rules", result.rules.join(", ")),
      element("td", "note-cell", shorten(note.text, 120) || t.emptyNote),
    );
    row.addEventListener("click", () => openDetail(index));
    return row;
  }));
}

// ---------- detail ----------

function openDetail(index: number): void {
  if (!run) return;
  const current = run;
  const note = current.notes[index];
  const result = current.results[index];
  if (!result) return;
  const dialog = $("note-detail") as HTMLDialogElement;
  dialog.dataset.index = String(index);
  $("detail-heading").textContent = t.detailHeading(note.line);

  const facts: [string, string, string][] = [
    [t.role.tenant, note.tenant || t.pane.none, "tenant"],
    [t.role.workload, note.workload || t.pane.none, "workload"],
    [t.role.recorded, note.recorded || t.pane.none, "recorded"],
    [t.col.status, t.pane.status[result.status], "status"],
    [t.col.grade, t.pane.grade[result.grade], "grade"],
    [t.col.score, `${result.score} / 100`, "score"],
    [t.pane.l2Label, result.l2 ?? t.pane.none, "l2"],
    [t.pane.l3Label, result.l3 ?? t.pane.none, "l3"],
  ];
  $("detail-facts").replaceChildren(...facts.map(([label, value, key]) => {
    const div = element("div");
    const dd = element("dd", "", value);
    dd.dataset.testid = `detail-${key}`;
    div.append(element("dt", "", label), dd);
    return div;
  }));

  const text = note.text;
  const spans = result.findings
    .map((f, i) => ({ ruleId: f.ruleId, start: f.start, end: f.start + f.length, index: i }))
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const build = (pieces: Piece[]): Node[] => pieces.map((piece) => {
    if (typeof piece === "string") return document.createTextNode(piece);
    const finding = result.findings[piece.span.index];
    const mark = element("mark", `sev-${finding.severity}`);
    mark.dataset.ruleId = finding.ruleId;
    mark.title = finding.message;
    mark.append(...build(piece.children));
    return mark;
  });
  const noteView = $("detail-note");
  noteView.replaceChildren(...(text ? build(layOut(text, spans)) : [document.createTextNode(t.emptyNote)]));

  $("detail-findings").replaceChildren(...result.findings.map((f) => {
    const item = element("li", `finding sev-${f.severity}`);
    item.dataset.ruleId = f.ruleId;
    const head = element("div", "finding-head");
    head.append(element("span", `badge sev-${f.severity}`, t.pane.severity[f.severity]), element("span", "finding-title", ruleInfo.get(f.ruleId)?.title ?? f.ruleId));
    item.append(head, element("p", "finding-why", f.message));
    if (f.length > 0 && f.length < text.length) {
      item.append(element("p", "finding-words", `\u201C${text.slice(f.start, f.start + f.length)}\u201D`));
    }
    return item;
  }));
  $("detail-suggestion").textContent = result.suggestion ?? t.noSuggestion;

  const peers = result.cluster >= 0 ? current.clusters[result.cluster].members.filter((m) => m !== index) : [];
  $("detail-peers").hidden = peers.length === 0;
  $("detail-peer-list").replaceChildren(...peers.map((m) => {
    const item = element("li");
    const button = element("button", "link", `${t.col.line} ${t.num(current.notes[m].line)} · ${current.notes[m].workload}`);
    button.type = "button";
    button.addEventListener("click", () => openDetail(m));
    item.append(button);
    return item;
  }));

  if (!dialog.open) dialog.showModal();
}

// ---------- export ----------

/** Writes the table's rows (current filter and order) as CSV, in slices so a large export never blocks the page. */
async function exportCsv(): Promise<void> {
  if (!run) return;
  const current = run;
  const rows = view;
  const button = $("export-csv") as HTMLButtonElement;
  button.disabled = true;
  const parts: string[] = ["\uFEFF", csvLine(t.exportHeader)];
  const slice = 5_000;
  for (let from = 0; from < rows.length; from += slice) {
    const start = performance.now();
    for (const index of rows.slice(from, from + slice)) {
      const note = current.notes[index];
      const r = current.results[index]!;
      parts.push(csvLine([
        note.line, note.tenant, note.workload, note.recorded, r.status, current.disagrees(index) ? t.yes : "",
        r.grade, r.score, r.l2 ?? "", r.l3 ?? "", r.rules.join(" "), r.cluster >= 0 ? r.cluster + 1 : "", r.suggestion ?? "", note.text,
      ]));
    }
    performance.measure("audit-export-slice", { start, end: performance.now() });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
  const link = element("a");
  link.href = url;
  link.download = t.exportName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  button.disabled = running !== null;
}

// ---------- wiring ----------

function wire(): void {
  const fileInput = $("csv-input") as HTMLInputElement;
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) readFile(file);
  });
  const zone = $("drop-zone");
  for (const name of ["dragenter", "dragover"]) {
    zone.addEventListener(name, (e) => {
      e.preventDefault();
      zone.classList.add("dragging");
    });
  }
  zone.addEventListener("dragleave", () => zone.classList.remove("dragging"));
  zone.addEventListener("drop", (e) => {
    e.preventDefault();
    zone.classList.remove("dragging");
    const file = (e as DragEvent).dataTransfer?.files?.[0];
    if (file) readFile(file);
  });

  for (const role of roles) {
    $(`column-${role}`).addEventListener("change", (e) => {
      columns = { ...columns, [role]: Number((e.target as HTMLSelectElement).value) };
      source = "csv";
      updateReady();
    });
  }
  let pasteTimer = 0;
  $("paste-input").addEventListener("input", () => {
    source = ($("paste-input") as HTMLTextAreaElement).value.trim() ? "paste" : table ? "csv" : null;
    clearTimeout(pasteTimer);
    pasteTimer = window.setTimeout(updateReady, 150);
  });
  $("start-audit").addEventListener("click", () => void startAudit());
  $("cancel-audit").addEventListener("click", () => running?.abort());

  for (const id of ["filter-grade", "filter-status", "filter-rule", "filter-disagreement"]) {
    $(id).addEventListener("change", () => applyFilters(true));
  }
  let textTimer = 0;
  $("filter-text").addEventListener("input", () => {
    clearTimeout(textTimer);
    textTimer = window.setTimeout(() => measure("audit-filter", () => applyFilters(true)), 200);
  });
  $("show-disagreements").addEventListener("click", () => {
    ($("filter-disagreement") as HTMLSelectElement).value = "yes";
    applyFilters(true);
  });
  $("clear-cluster").addEventListener("click", () => {
    clusterFilter = -1;
    applyFilters(true);
  });
  $("page-previous").addEventListener("click", () => {
    page = Math.max(0, page - 1);
    renderTable();
  });
  $("page-next").addEventListener("click", () => {
    page++;
    renderTable();
  });
  $("export-csv").addEventListener("click", () => void exportCsv());
  $("detail-close").addEventListener("click", () => ($("note-detail") as HTMLDialogElement).close());
}

// ---------- signing in ----------

let signIn: AuditSignIn | null = null;

/** With `auth: null` in /api/config (Development) the page calls without a token, as before. */
async function startSignIn(config: PaneConfig | null): Promise<void> {
  if (!config?.auth) {
    return;
  }
  signIn = new AuditSignIn(config.auth, showSignIn);
  setTokenSource(signIn.token, signIn.drop);
  showSignIn(signIn.current);
  $("sign-in").hidden = false;
  await signIn.start();
}

function showSignIn(state: AuditSignInState): void {
  const box = $("sign-in");
  box.dataset.state = state.kind;
  box.classList.toggle("failed", state.kind === "failed");
  const text: Record<AuditSignInState["kind"], string> = {
    starting: t.signInStarting,
    "signed-out": t.signedOut,
    "signing-in": t.signingIn,
    "signed-in": state.kind === "signed-in" ? t.signedIn(state.account) : "",
    failed: state.kind === "failed" ? t.signInFailed(state.detail) : "",
  };
  $("sign-in-state").textContent = text[state.kind];
  const button = $("sign-in-button") as HTMLButtonElement;
  button.hidden = state.kind === "starting" || state.kind === "signed-in";
  button.disabled = state.kind === "signing-in";
  button.textContent = state.kind === "failed" ? t.signInAgain : t.signIn;
  const signOut = $("sign-out-button") as HTMLButtonElement;
  signOut.hidden = state.kind !== "signed-in";
  signOut.textContent = t.signOut;
}

async function start(): Promise<void> {
  if (isSignInPopup()) {
    // This window is the sign-in popup come back: hand the answer to the audit page that opened it.
    document.documentElement.lang = language;
    $("intro").textContent = t.popupSigningIn;
    $("title").textContent = `NoteAddin – ${t.title}`;
    document.querySelector("main")!.hidden = true;
    await finishSignInPopup();
    return;
  }
  fillStaticText();
  wire();
  $("sign-in-button").addEventListener("click", () => void signIn?.signIn());
  $("sign-out-button").addEventListener("click", () => void signIn?.signOut());
  const config = await loadConfig();
  settings = auditSettings(config);
  if (settings) {
    readRecorded = recordedStatusReader(settings.recordedStatuses);
  }
  updateReady();
  await startSignIn(config).catch(() => undefined);
  document.body.dataset.ready = "true";
}

void start();
