// Runs the on-send script the way Outlook does, in Node: a bare JavaScript context (node:vm) holding only what
// classic Outlook's JavaScript-only runtime has — Office, OfficeRuntime, fetch, timers, AbortController where the
// test says so — and no window, no document, no require. Office's calls keep their real shapes: optional options and
// callback arguments, an AsyncResult {status, value, error, asyncContext} delivered asynchronously, requirement-set
// checks, roaming settings, and an event whose completed(options) ends the handler. fetch plays the service.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const here = dirname(fileURLToPath(import.meta.url));

/** The bundle as built (WebUI/build.mjs), before the service renders its settings into it. */
export const templatePath = join(here, "..", "..", "..", "AddinService", "wwwroot", "dist", "onsend.js.template");

export const testSettings = {
  baseUrl: "https://notes.example",
  functionName: "onMessageSendHandler",
  paneCommandId: "noteCoachButton",
  paneLabel: { en: "Check note", de: "Notiz prüfen" },
  ruleTitles: {
    en: { "missing-reason": "No reason given", "vague-reason": "Vague reason", "status-unclear": "No status", "hedging": "Hedged intent" },
    de: { "missing-reason": "Kein Grund", "vague-reason": "Vager Grund", "status-unclear": "Kein Status", "hedging": "Unsichere Formulierung" },
  },
};

/** What the service does when it serves /onsend.js (OnSendScript.cs): the quoted placeholder becomes a JSON string. */
export function render(template, settings) {
  const placeholder = /(["'`])__NOTEADDIN_ONSEND_SETTINGS__\1/g;
  const found = template.match(placeholder) ?? [];
  if (found.length !== 1) {
    throw new Error(`the template has ${found.length} settings placeholders, not 1`);
  }
  return template.replace(placeholder, () => JSON.stringify(JSON.stringify(settings)));
}

let cachedTemplate = null;
export function renderedScript(settings = testSettings) {
  cachedTemplate ??= readFileSync(templatePath, "utf8");
  return render(cachedTemplate, settings);
}

const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
const CoercionType = { Text: "text", Html: "html" };

function optionsAndCallback(rest) {
  let options = {};
  let callback;
  for (const argument of rest) {
    if (typeof argument === "function") callback = argument;
    else if (argument && typeof argument === "object") options = argument;
  }
  return { options, callback };
}

function reply(callback, options, value, error) {
  const result = {
    status: error ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
    value: error ? undefined : value,
    error: error ? { name: error.name, message: error.message, code: error.code } : undefined,
    asyncContext: options.asyncContext,
  };
  setTimeout(() => callback?.(result), 0);
}

function versionAtLeast(have, want) {
  const a = String(have).split(".").map(Number);
  const b = String(want).split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/**
 * An Outlook in send: the mail (body, subject), Outlook's display language, the roaming settings, the requirement
 * sets it supports, and single sign-on — auth: {token} | {error: {code, message}} | {hang: true} | null (none at all);
 * where: "OfficeRuntime" (default) or "Office" says which API offers it. bodyError / bodyHang make reading fail or stall.
 */
export function fakeOutlook({
  body = "",
  subject = "Status notes",
  displayLanguage = "en-US",
  roaming = {},
  mailbox = "1.14",
  auth = { token: "token-1" },
  authOn = "OfficeRuntime",
  bodyError = null,
  bodyHang = false,
} = {}) {
  const calls = { associated: {}, bodyReads: [], tokenRequests: [] };
  const getAccessToken = (options) => {
    calls.tokenRequests.push(options);
    if (auth.hang) return new Promise(() => {});
    if (auth.error) return Promise.reject(auth.error);
    return Promise.resolve(auth.token);
  };
  const Office = {
    AsyncResultStatus,
    CoercionType,
    actions: {
      associate(name, handler) {
        calls.associated[name] = handler;
      },
    },
    context: {
      displayLanguage,
      roamingSettings: { get: (name) => roaming[name], set() {}, remove() {}, saveAsync() {} },
      requirements: { isSetSupported: (name, version) => name === "Mailbox" && versionAtLeast(mailbox, version ?? "1.1") },
      mailbox: {
        item: {
          itemType: "message",
          body: {
            getAsync(coercionType, ...rest) {
              const { options, callback } = optionsAndCallback(rest);
              calls.bodyReads.push(coercionType);
              if (bodyHang) return;
              if (bodyError) return reply(callback, options, null, bodyError);
              if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html) {
                return reply(callback, options, null, { name: "InvalidParameterValue", message: "The value of coercionType is not valid.", code: 9000 });
              }
              reply(callback, options, body);
            },
          },
          subject: {
            getAsync(...rest) {
              const { options, callback } = optionsAndCallback(rest);
              reply(callback, options, subject);
            },
          },
        },
      },
    },
  };
  if (auth && authOn === "Office") Office.auth = { getAccessToken };
  const OfficeRuntime = auth && authOn === "OfficeRuntime" ? { auth: { getAccessToken } } : undefined;
  return { Office, OfficeRuntime, calls };
}

/** The service, as fetch sees it: {answer} (200 JSON), {status}, "down", "hang", "unreadable". Records every request. */
export function fakeService(behaviour) {
  const requests = [];
  const fetch = (url, init = {}) => {
    const request = { url, method: init.method, headers: { ...init.headers }, body: init.body ? JSON.parse(init.body) : null, aborted: false };
    requests.push(request);
    if (behaviour === "down") return Promise.reject(new TypeError("Network request failed"));
    if (behaviour === "hang") {
      return new Promise((_, reject) => {
        init.signal?.addEventListener?.("abort", () => {
          request.aborted = true;
          reject(Object.assign(new Error("The operation was aborted."), { name: "AbortError" }));
        });
      });
    }
    if (behaviour === "unreadable") {
      return Promise.resolve({ ok: true, status: 200, json: () => Promise.reject(new SyntaxError("Unexpected token < in JSON")) });
    }
    const status = behaviour.status ?? 200;
    return Promise.resolve({ ok: status >= 200 && status < 300, status, json: () => Promise.resolve(structuredClone(behaviour.answer ?? {})) });
  };
  return { fetch, requests };
}

/**
 * Loads the script into a fresh bare context and sends one mail through the registered handler. Resolves with what
 * the handler passed to event.completed (as plain JSON), how long it took, and how often completed was called.
 */
export async function send({ outlook = fakeOutlook(), service = fakeService({ answer: { notes: [] } }), script = renderedScript(), abortController = true } = {}) {
  const context = bareContext({ outlook, service, abortController });
  vm.runInContext(script, context, { filename: "onsend.js" });
  const handler = Object.values(outlook.calls.associated)[0];
  if (!handler) throw new Error("the script registered no handler");

  let completions = 0;
  const started = performance.now();
  const options = await new Promise((resolve) => {
    handler({ type: "olkMessageSend", completed: (value) => {
      completions++;
      resolve(value);
    } });
  });
  const elapsedMs = performance.now() - started;
  // Let any late answer arrive: completed must still have been called only once.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { options: JSON.parse(JSON.stringify(options ?? null)), elapsedMs, completions: () => completions, requests: service.requests, calls: outlook.calls };
}

/** Only what the JavaScript-only runtime has; notably no window, document, require, process or module. */
export function bareContext({ outlook, service, abortController = true }) {
  const globals = { Office: outlook.Office, fetch: service.fetch, setTimeout, clearTimeout };
  if (outlook.OfficeRuntime) globals.OfficeRuntime = outlook.OfficeRuntime;
  if (abortController) globals.AbortController = AbortController;
  return vm.createContext(globals);
}

/** A POST /api/mail/check answer (API.md) with one note per entry: [workload, grade, findings]. */
export function answer(...notes) {
  return {
    language: "en",
    notes: notes.map(([workload, grade, findings = []], i) => ({
      start: i * 100,
      length: 80,
      workload,
      workloadSource: workload ? "label" : null,
      result: {
        language: "en",
        status: "Blocked",
        grade,
        score: grade === "Bad" ? 20 : grade === "Incomplete" ? 55 : 85,
        reason: null,
        sentenceCount: 1,
        findings: findings.map(([ruleId, severity, message]) => ({ ruleId, severity, message: message ?? `${ruleId} message.`, start: 0, length: 10, suggestions: [] })),
        suggestion: null,
      },
    })),
    crossFindings: [],
  };
}
