// The audit page's words in German and English (the browser's language). Status, grade and severity names come
// from the pane's strings so both pages say the same.
import { strings as paneStrings, type UiLanguage } from "./i18n";
import type { CsvProblem } from "./csv";

const n = (value: number, language: UiLanguage) => value.toLocaleString(language === "de" ? "de-DE" : "en-US");

function make(language: UiLanguage) {
  const de = language === "de";
  const num = (value: number) => n(value, language);
  return {
    pane: paneStrings(language),
    num,
    title: de ? "Notiz-Audit" : "Note audit",
    intro: de
      ? "Prüft viele Entitlement-Statusnotizen auf einmal: laden Sie einen CSV-Export oder fügen Sie Notizen ein."
      : "Checks many entitlement status notes at once: load a CSV export or paste notes.",
    sourceHeading: de ? "Notizen" : "Notes",
    csvLabel: de ? "CSV-Export (Mandant, Workload, erfasster Status, Notiz)" : "CSV export (tenant, workload, recorded status, note)",
    dropHint: de ? "… oder die Datei hierher ziehen." : "… or drop the file here.",
    pasteLabel: de ? "Oder Notizen einfügen (eine pro Zeile)" : "Or paste notes (one per line)",
    reading: de ? "Datei wird gelesen…" : "Reading the file…",
    readingProgress: (p: number) => (de ? `Datei wird gelesen… ${p} %` : `Reading the file… ${p} %`),
    fileRead: (name: string, rows: number, separator: string) =>
      de ? `${name}: ${num(rows)} Zeilen gelesen (Trennzeichen ${separator}).` : `${name}: ${num(rows)} rows read (separator ${separator}).`,
    blankLines: (count: number) => (de ? `${num(count)} leere Zeilen übersprungen.` : `${num(count)} blank lines skipped.`),
    notUtf8: (line: number) =>
      de ? `Die Datei ist kein UTF-8-Text (Zeile ${num(line)}). Speichern Sie sie als „CSV UTF-8“.` : `The file is not UTF-8 text (line ${num(line)}). Save it as "CSV UTF-8".`,
    readFailed: de ? "Die Datei konnte nicht gelesen werden." : "The file could not be read.",
    noRows: de ? "Die Datei enthält keine Notizen." : "The file holds no notes.",
    problemsHeading: (count: number) =>
      de ? `${num(count)} fehlerhafte Zeilen werden nicht geprüft:` : `${num(count)} malformed rows will not be checked:`,
    problem: (p: CsvProblem) => {
      const line = de ? `Zeile ${num(p.line)}` : `Line ${num(p.line)}`;
      switch (p.kind) {
        case "unclosed-quote":
          return de ? `${line}: Anführungszeichen wird nicht geschlossen (der Rest der Datei gehört zu diesem Feld).` : `${line}: a quote is never closed (the rest of the file belongs to this field).`;
        case "text-after-quote":
          return de ? `${line}: Text nach dem schließenden Anführungszeichen.` : `${line}: text after a closing quote.`;
        case "quote-in-field":
          return de ? `${line}: Anführungszeichen in einem Feld ohne Anführungszeichen (als "" schreiben).` : `${line}: a quote inside an unquoted field (write it as "").`;
        case "field-count":
          return de ? `${line}: ${p.actual} Felder statt ${p.expected}.` : `${line}: ${p.actual} fields instead of ${p.expected}.`;
        case "not-utf8":
          return de ? `${line}: kein UTF-8.` : `${line}: not UTF-8.`;
      }
    },
    tooLongNote: (line: number, limit: number) =>
      de ? `Zeile ${num(line)}: Notiz länger als ${num(limit)} Zeichen, wird nicht geprüft.` : `Line ${num(line)}: note longer than ${num(limit)} characters, not checked.`,
    moreProblems: (count: number) => (de ? `… und ${num(count)} weitere.` : `… and ${num(count)} more.`),
    columnsHeading: de ? "Spalten zuordnen" : "Columns",
    columnsHelp: de ? "Welche Spalte enthält was? Nur die Notiz ist Pflicht." : "Which column holds what? Only the note is required.",
    role: {
      note: de ? "Notiz" : "Note",
      tenant: de ? "Mandant" : "Tenant",
      workload: "Workload",
      recorded: de ? "Erfasster Status" : "Recorded status",
    },
    noColumn: de ? "— keine —" : "— none —",
    column: (index: number, name: string) => `${columnLetter(index)}: ${name || (de ? "(ohne Namen)" : "(no name)")}`,
    ready: (count: number, source: string) => (de ? `Bereit: ${num(count)} Notizen aus ${source}.` : `Ready: ${num(count)} notes from ${source}.`),
    pasted: de ? "dem eingefügten Text" : "the pasted text",
    nothingToCheck: de ? "Laden Sie eine CSV-Datei oder fügen Sie Notizen ein." : "Load a CSV file or paste notes.",
    needNoteColumn: de ? "Wählen Sie die Spalte mit der Notiz." : "Choose the column that holds the note.",
    start: de ? "Audit starten" : "Start audit",
    cancel: de ? "Abbrechen" : "Cancel",
    progressLabel: de ? "Fortschritt" : "Progress",
    progress: (done: number, total: number) => (de ? `${num(done)} von ${num(total)} Notizen geprüft` : `${num(done)} of ${num(total)} notes checked`),
    finished: (total: number, seconds: number) =>
      de ? `Fertig: ${num(total)} Notizen in ${seconds.toLocaleString("de-DE", { maximumFractionDigits: 1 })} s geprüft.` : `Done: ${num(total)} notes checked in ${seconds.toLocaleString("en-US", { maximumFractionDigits: 1 })} s.`,
    cancelled: (done: number, total: number) =>
      de ? `Abgebrochen: ${num(done)} von ${num(total)} Notizen geprüft. Die Ergebnisse unten gelten nur für diese.` : `Cancelled: ${num(done)} of ${num(total)} notes checked. The results below cover only those.`,
    failed: (message: string, done: number) =>
      de ? `Audit angehalten nach ${num(done)} Notizen: ${message}` : `Audit stopped after ${num(done)} notes: ${message}`,
    networkError: de ? "Der Notiz-Dienst ist nicht erreichbar." : "The note service cannot be reached.",
    noSettings: de
      ? "Der Notiz-Dienst hat seine Einstellungen nicht geliefert (/api/config). Laden Sie die Seite neu."
      : "The note service did not give its settings (/api/config). Reload the page.",
    resultsHeading: de ? "Ergebnisse" : "Results",
    gradeChart: de ? "Bewertungen" : "Grades",
    l1Chart: de ? "Status (L1)" : "Status (L1)",
    l2Chart: de ? "Gründe (L2)" : "Reasons (L2)",
    noReason: de ? "(kein Grund)" : "(no reason)",
    others: (count: number) => (de ? `${num(count)} weitere` : `${num(count)} others`),
    chartSummary: (title: string, parts: string[]) => `${title}: ${parts.join(", ")}`,
    topFindings: de ? "Häufigste Hinweise" : "Most frequent findings",
    noFindings: de ? "Keine Hinweise." : "No findings.",
    notesShare: (count: number, total: number) =>
      de ? `${num(count)} Notizen (${Math.round((100 * count) / Math.max(total, 1))} %)` : `${num(count)} notes (${Math.round((100 * count) / Math.max(total, 1))} %)`,
    showInTable: de ? "In der Tabelle zeigen" : "Show in table",
    disagreementsHeading: de ? "Erfasster Status widerspricht der Notiz" : "Recorded status disagrees with the note",
    disagreementsSummary: (count: number, withRecorded: number) =>
      de ? `${num(count)} von ${num(withRecorded)} Notizen mit erfasstem Status.` : `${num(count)} of ${num(withRecorded)} notes with a recorded status.`,
    noRecorded: de ? "Kein erfasster Status in den Daten." : "No recorded status in the data.",
    unrecognisedRecorded: (count: number) =>
      de ? `${num(count)} erfasste Status nicht erkannt (nicht mitgezählt).` : `${num(count)} recorded statuses not recognised (not counted).`,
    recordedVsDetected: de ? "erfasst → laut Notiz" : "recorded → the note says",
    clustersHeading: de ? "Kopierte Notizen über Workloads" : "Notes copied across workloads",
    clustersSummary: (count: number, notes: number) =>
      de ? `${num(count)} Gruppen, ${num(notes)} Notizen.` : `${num(count)} groups, ${num(notes)} notes.`,
    noClusters: de ? "Keine kopierten Notizen gefunden." : "No copied notes found.",
    clusterWorkloads: (count: number) => (de ? `${num(count)} Notizen` : `${num(count)} notes`),
    moreClusters: (count: number) => (de ? `… und ${num(count)} weitere Gruppen (Filter „copy-paste-across-workloads“).` : `… and ${num(count)} more groups (filter "copy-paste-across-workloads").`),
    tableHeading: de ? "Alle Notizen" : "All notes",
    filterGrade: de ? "Bewertung" : "Grade",
    filterStatus: de ? "Status" : "Status",
    filterRule: de ? "Regel" : "Rule",
    filterDisagreement: de ? "Widerspruch" : "Disagreement",
    filterText: de ? "Suche" : "Search",
    any: de ? "alle" : "any",
    yes: de ? "ja" : "yes",
    no: de ? "nein" : "no",
    clusterFilter: (n: number) => (de ? `Gruppe ${n}` : `Group ${n}`),
    clearCluster: de ? "Gruppenfilter entfernen" : "Clear group filter",
    rowsShown: (count: number, total: number) => (de ? `${num(count)} von ${num(total)} Notizen` : `${num(count)} of ${num(total)} notes`),
    page: (page: number, pages: number) => (de ? `Seite ${num(page)} von ${num(pages)}` : `Page ${num(page)} of ${num(pages)}`),
    previous: de ? "Zurück" : "Previous",
    next: de ? "Weiter" : "Next",
    col: {
      line: de ? "Zeile" : "Line",
      tenant: de ? "Mandant" : "Tenant",
      workload: "Workload",
      recorded: de ? "Erfasst" : "Recorded",
      status: de ? "Laut Notiz" : "Detected",
      grade: de ? "Bewertung" : "Grade",
      score: de ? "Punkte" : "Score",
      findings: de ? "Hinweise" : "Findings",
      note: de ? "Notiz" : "Note",
    },
    openRow: (line: number) => (de ? `Notiz in Zeile ${num(line)} öffnen` : `Open the note on line ${num(line)}`),
    sortBy: (column: string) => (de ? `Nach ${column} sortieren` : `Sort by ${column}`),
    exportCsv: (count: number) => (de ? `Als CSV exportieren (${num(count)})` : `Export as CSV (${num(count)})`),
    exportName: "note-audit.csv",
    detailHeading: (line: number) => (de ? `Notiz in Zeile ${num(line)}` : `Note on line ${num(line)}`),
    close: de ? "Schließen" : "Close",
    emptyNote: de ? "(leer)" : "(empty)",
    suggestion: paneStrings(language).suggestion,
    noSuggestion: de ? "Keine Neufassung nötig." : "No rewrite needed.",
    clusterPeers: de ? "Derselbe Text bei diesem Mandanten" : "The same text at this tenant",
    exportHeader: de
      ? ["Zeile", "Mandant", "Workload", "Erfasster Status", "Status laut Notiz", "Widerspruch", "Bewertung", "Punkte", "Grund (L2)", "Detail (L3)", "Regeln", "Kopiergruppe", "Vorschlag", "Notiz"]
      : ["Line", "Tenant", "Workload", "Recorded status", "Detected status", "Disagreement", "Grade", "Score", "Reason (L2)", "Detail (L3)", "Rules", "Copy group", "Suggestion", "Note"],
    languageToggle: de ? "English" : "Deutsch",
    signInStarting: de ? "Anmeldung wird geprüft…" : "Checking sign-in…",
    signedOut: de ? "Melden Sie sich an, um Notizen zu prüfen." : "Sign in to check notes.",
    signingIn: de ? "Anmeldung im Pop-up-Fenster…" : "Signing in in the pop-up window…",
    signedIn: (account: string) => (account ? (de ? `Angemeldet als ${account}` : `Signed in as ${account}`) : de ? "Angemeldet" : "Signed in"),
    signInFailed: (detail: string) => (de ? `Anmeldung fehlgeschlagen (${detail}).` : `Sign-in failed (${detail}).`),
    signIn: de ? "Anmelden" : "Sign in",
    signInAgain: de ? "Erneut anmelden" : "Sign in again",
    signOut: de ? "Abmelden" : "Sign out",
    popupSigningIn: de ? "Anmeldung wird abgeschlossen…" : "Finishing sign-in…",
  };
}

export function columnLetter(index: number): string {
  let s = "";
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) {
    s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  }
  return s;
}

export type AuditStrings = ReturnType<typeof make>;

export function auditStrings(language: UiLanguage): AuditStrings {
  return make(language);
}
