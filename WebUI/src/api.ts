// Every call the pane makes to AddinService goes through here, so authentication can add its bearer token in one
// place (setTokenSource, fed by auth.ts). Shapes follow the HTTP contract (API.md); fields the pane does not use are left out.

export type NoteStatus = "InProgress" | "Blocked" | "NoIntent" | "Unknown" | "DuplicateInvalid" | "Undetermined";
export type Grade = "Good" | "Incomplete" | "Bad";
export type Severity = "Error" | "Warning" | "Info";

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  length: number;
  suggestions: string[];
}

export interface SlotValue {
  name: string;
  value: string | null;
  filled: boolean;
  /** What the slot holds, independent of its display name (issue 11), e.g. "AttemptCount"; absent from older services. */
  kind?: string;
}

export interface Suggestion {
  templateId: string;
  text: string;
  slots: SlotValue[];
}

export interface CheckResult {
  language: string;
  status: NoteStatus;
  grade: Grade;
  score: number;
  reason: { l2: string; l3: string | null; confidence: number } | null;
  sentenceCount: number;
  findings: Finding[];
  suggestion: Suggestion | null;
}

export interface TemplateInfo {
  id: string;
  status: Exclude<NoteStatus, "Undetermined">;
  language: string;
  text: string;
  slots: string[];
}

export interface RuleInfo {
  id: string;
  severity: Severity;
  title: string;
  explanation: string;
}

/** Where and for what the pane signs in (GET /api/config); null when the server has sign-in off. */
export interface AuthSettings {
  clientId: string;
  authority: string;
  scopes: string[];
}

export interface PaneConfig {
  auth: AuthSettings | null;
  graph: boolean;
  version?: string;
  /** The service's limits (issue 11); read through limits.ts, which fills in what an older service does not send. */
  limits?: unknown;
  /** Score bands (issue 11); read through limits.ts too. */
  scoreBands?: unknown;
  /** Recorded-status label keys (the label's letters a–z in lower case) and the status each stands for. */
  recordedStatuses?: Record<string, Exclude<NoteStatus, "Undetermined">>;
}

/** A problem the service reported (RFC 7807 title), or a network failure. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

type TokenSource = () => Promise<string | null>;
let tokenSource: TokenSource | null = null;
let dropToken: (() => void) | null = null;

/**
 * Lets sign-in code (auth.ts) attach `Authorization: Bearer …` to every call. `drop` forgets the cached token: on a
 * 401 the call is sent once more with a fresh one.
 */
export function setTokenSource(source: TokenSource | null, drop?: () => void): void {
  tokenSource = source;
  dropToken = drop ?? null;
}

async function send(path: string, init: RequestInit = {}): Promise<Response> {
  const token = tokenSource ? await tokenSource() : null;
  const response = await sendWith(path, init, token);
  if (response.status === 401 && token && tokenSource && dropToken) {
    // The token expired or was revoked since it was cached: forget it and try once with a new one.
    dropToken();
    const fresh = await tokenSource();
    if (fresh) {
      return sendWith(path, init, fresh);
    }
  }
  return response;
}

async function sendWith(path: string, init: RequestInit, token: string | null): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("Accept", "application/json");
  if (token) {
    headers.set("Authorization", `Bearer ${token}`);
  }
  try {
    return await fetch(path, { ...init, headers, credentials: "same-origin" });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") {
      throw error;
    }
    throw new ApiError("network", 0);
  }
}

async function json<T>(response: Response): Promise<T> {
  if (response.ok) {
    return (await response.json()) as T;
  }
  let title = `HTTP ${response.status}`;
  try {
    const problem = (await response.json()) as { title?: unknown };
    if (typeof problem.title === "string" && problem.title) {
      title = problem.title;
    }
  } catch {
    // Not problem details; the status code is all there is to say.
  }
  throw new ApiError(title, response.status);
}

/** POSTs `body` as JSON and reads the JSON answer (or throws the problem's title). */
async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const response = await send(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
    signal,
  });
  return json<T>(response);
}

/** `workload` (the catalogue's name) when the mail named it, so the note is checked as it would be in the mail. */
export async function checkNote(text: string, workload?: string | null, signal?: AbortSignal): Promise<CheckResult> {
  return postJson<CheckResult>("api/notes/check", workload ? { text, workload } : { text }, signal);
}

export async function listTemplates(): Promise<TemplateInfo[]> {
  return json<TemplateInfo[]>(await send("api/templates"));
}

export async function listRules(language: string): Promise<RuleInfo[]> {
  return json<RuleInfo[]>(await send(`api/rules?language=${encodeURIComponent(language)}`));
}

/** GET /api/contact-attempts: how often the signed-in user wrote to `email` in the last `days`, and replies. */
export interface ContactAttempts {
  email: string;
  days: number;
  sent: number;
  replies: number;
  firstSent: string | null;
  lastSent: string | null;
  /** False when the mailbox held more than one question reads: the counts are lower bounds. */
  complete?: boolean;
}

export async function getContactAttempts(email: string, days: number): Promise<ContactAttempts> {
  return json<ContactAttempts>(await send(`api/contact-attempts?email=${encodeURIComponent(email)}&days=${days}`));
}

/** The service's start-up settings; null when the service has none to give (no /api/config yet, or it failed). */
export async function loadConfig(): Promise<PaneConfig | null> {
  try {
    const response = await send("api/config");
    return response.ok ? ((await response.json()) as PaneConfig) : null;
  } catch {
    return null;
  }
}

/** One note of a /check-batch request (API.md). The id comes back on its result. */
export interface BatchNoteInput {
  id: string;
  text: string;
  workload?: string | null;
  tenant?: string | null;
  language?: string | null;
}

export interface BatchResultItem extends CheckResult {
  id: string;
}

/** A finding about several notes together, e.g. copy-paste-across-workloads (the ids of the notes involved). */
export interface CrossFinding {
  ruleId: string;
  ids: string[];
  message: string;
}

export interface BatchCheckResult {
  results: BatchResultItem[];
  crossFindings: CrossFinding[];
}

export async function checkBatch(notes: readonly BatchNoteInput[], signal?: AbortSignal): Promise<BatchCheckResult> {
  return postJson<BatchCheckResult>("api/notes/check-batch", { notes }, signal);
}

/** POST /api/notes/copy-keys: the service's copy-paste key of each text (notes of one tenant with equal keys are copies). */
export async function copyKeys(texts: readonly string[], signal?: AbortSignal): Promise<string[]> {
  return (await postJson<{ keys: string[] }>("api/notes/copy-keys", { texts }, signal)).keys;
}

/** One status note POST /api/mail/check found: its words are text.slice(start, start + length) of the answer's text. */
export interface MailNote {
  start: number;
  length: number;
  /** The catalogue's canonical name, or null when the mail does not say. */
  workload: string | null;
  workloadSource: "label" | "subject" | "text" | null;
  result: CheckResult;
}

export interface MailCrossFinding {
  ruleId: string;
  /** Indexes into notes. */
  indexes: number[];
  message: string;
}

export interface MailCheckResult {
  language: string;
  /** Only for an HTML body: the plain text the spans refer to. */
  text?: string;
  notes: MailNote[];
  crossFindings: MailCrossFinding[];
}

export interface MailCheckRequest {
  body: string;
  bodyType: "text" | "html";
  subject: string | null;
}

export async function checkMail(request: MailCheckRequest, signal?: AbortSignal): Promise<MailCheckResult> {
  return postJson<MailCheckResult>("api/mail/check", request, signal);
}
