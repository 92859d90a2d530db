// What the on-send script may use besides the language and Office.js: what classic Outlook's JavaScript-only runtime
// offers (a JavaScript engine with fetch and timers, no DOM, no window, no storage), which the page runtime of Outlook
// on the web and new Outlook offers too. The on-send code is type-checked against this file instead of the DOM
// library (tsconfig.json here), so a stray `document` or `window` fails the build, not the writer's Send.

declare function setTimeout(handler: () => void, ms: number): number;
declare function clearTimeout(id: number | undefined): void;

interface RuntimeAbortSignal {
  readonly aborted: boolean;
}

interface RuntimeFetchInit {
  method: "POST";
  headers: Record<string, string>;
  body: string;
  signal?: RuntimeAbortSignal;
}

interface RuntimeResponse {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
}

declare function fetch(url: string, init: RuntimeFetchInit): Promise<RuntimeResponse>;

/** Missing in older JavaScript-only runtimes: the handler then only stops waiting, it cannot cancel the request. */
declare var AbortController: (new () => { readonly signal: RuntimeAbortSignal; abort(): void }) | undefined;

/** Office's runtime API; its auth is the sign-in Microsoft recommends in event handlers (Office.auth only in some builds). */
declare var OfficeRuntime: { auth?: { getAccessToken(options?: Office.AuthOptions): Promise<string> } } | undefined;
