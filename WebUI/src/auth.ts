// Signs the pane in for its calls to AddinService. GET /api/config says whether the server wants tokens at all:
// `auth: null` (Development) means none. Inside Outlook, where Office reports nested app authentication
// (NestedAppAuth 1.1), MSAL.js asks Outlook's broker for the token; in an older Outlook, Office's own single sign-on
// (Office.auth.getAccessToken, reached through office.ts). Outside Outlook there is nobody to sign in through: the pane
// calls without a token and says so. A failure never stops the pane: calls go without a token, which the server
// accepts where it allows anonymous calls, and the pane shows why sign-in failed with a way to try again.
import type * as Msal from "@azure/msal-browser";
import type { AuthSettings } from "./api";
import { loadMsal, type MsalLibrary } from "./msal-load";
import { OfficeSignInError, type MailHost } from "./office";

/** How this pane signs in: not at all (server has sign-in off), through Outlook's broker, Office SSO, or it cannot. */
export type SignInMethod = "none" | "nested-app-auth" | "office-sso" | "unavailable";

export type SignInFailure = { kind: "needs-outlook" } | { kind: "failed"; detail: string };

/** The part of the Outlook adapter that sign-in uses. */
export type SignInHost = Pick<MailHost, "supportsNestedAppAuth" | "getAccessToken">;

// Renew a cached token this long before it expires; a token whose expiry we cannot read is kept this long.
const refreshMarginMs = 5 * 60_000;
const unknownLifetimeMs = 10 * 60_000;

/**
 * How long the pane waits for a token. Every call waits for the one acquisition under way, so a broker or Office
 * single sign-on that never answers would stall every check; after this long the attempt counts as failed (the pane
 * says so and offers "Sign in again", and calls go without a token meanwhile). Long enough for a person to get
 * through Outlook's sign-in window; an answer that comes later is dropped, and "Sign in again" then finds it cached.
 */
export const tokenTimeoutMs = 60_000;

export function chooseMethod(settings: AuthSettings | null, host: SignInHost | null): SignInMethod {
  if (!settings) {
    return "none";
  }
  if (!host) {
    return "unavailable";
  }
  return host.supportsNestedAppAuth() ? "nested-app-auth" : "office-sso";
}

interface Acquired {
  token: string;
  expiresAt: number;
}

export class SignIn {
  readonly method: SignInMethod;
  private cached: Acquired | null = null;
  private pending: Promise<string | null> | null = null;
  private failed: SignInFailure | null;
  private msal: Promise<{ app: Msal.IPublicClientApplication; library: MsalLibrary }> | null = null;

  constructor(
    private readonly settings: AuthSettings | null,
    private readonly host: SignInHost | null,
    private readonly onFailure: (failure: SignInFailure | null) => void,
    private readonly timeoutMs: number = tokenTimeoutMs,
  ) {
    this.method = chooseMethod(settings, host);
    this.failed = this.method === "unavailable" ? { kind: "needs-outlook" } : null;
  }

  get failure(): SignInFailure | null {
    return this.failed;
  }

  /** A token for the next call, or null (sign-in off, impossible here, or failed): then the call goes without. */
  readonly token = (): Promise<string | null> => {
    if (this.method === "none" || this.method === "unavailable" || this.failed) {
      return Promise.resolve(null);
    }
    if (this.cached && this.cached.expiresAt - Date.now() > refreshMarginMs) {
      return Promise.resolve(this.cached.token);
    }
    // One acquisition at a time: calls that arrive meanwhile wait for the same token.
    this.pending ??= this.acquire().finally(() => (this.pending = null));
    return this.pending;
  };

  /** Forgets the cached token (the server refused it); the next call acquires a new one. */
  readonly drop = (): void => {
    this.cached = null;
  };

  /** After a failure, from the person's click: sign in again (Office may show its sign-in window now). */
  async retry(): Promise<boolean> {
    if (this.method === "none" || this.method === "unavailable") {
      return false;
    }
    this.failed = null;
    this.cached = null;
    this.onFailure(null);
    return (await this.token()) !== null;
  }

  private async acquire(): Promise<string | null> {
    try {
      const acquired = await withTimeout(this.method === "nested-app-auth" ? this.fromBroker() : this.fromOffice(), this.timeoutMs);
      this.cached = acquired;
      return acquired.token;
    } catch (error) {
      // Remembered until retry(): the pane checks every few seconds and must not open a sign-in window each time.
      this.cached = null;
      this.failed = { kind: "failed", detail: describe(error) };
      this.onFailure(this.failed);
      return null;
    }
  }

  private async fromBroker(): Promise<Acquired> {
    const settings = this.settings!;
    this.msal ??= loadMsal().then(async (library) => ({
      library,
      app: await library.createNestablePublicClientApplication({ auth: { clientId: settings.clientId, authority: settings.authority } }),
    }));
    let app: Msal.IPublicClientApplication;
    let library: MsalLibrary;
    try {
      ({ app, library } = await this.msal);
    } catch (error) {
      this.msal = null; // try to set it up afresh on retry
      throw error;
    }
    const request = { scopes: settings.scopes };
    let result;
    try {
      result = await app.acquireTokenSilent(request);
    } catch (error) {
      if (!(error instanceof library.InteractionRequiredAuthError)) {
        throw error;
      }
      result = await app.acquireTokenPopup(request);
    }
    return { token: result.accessToken, expiresAt: result.expiresOn ? result.expiresOn.getTime() : Date.now() + unknownLifetimeMs };
  }

  private async fromOffice(): Promise<Acquired> {
    const token = await this.host!.getAccessToken();
    return { token, expiresAt: jwtExpiry(token) ?? Date.now() + unknownLifetimeMs };
  }
}

/** The promise's value, or a rejection once it has taken longer than ms. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The `exp` claim of a JWT in milliseconds, or null when the token is not a JWT we can read. */
export function jwtExpiry(token: string): number | null {
  const payload = token.split(".")[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, "+").replace(/_/g, "/");
    const claims = JSON.parse(atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="))) as { exp?: unknown };
    return typeof claims.exp === "number" ? claims.exp * 1000 : null;
  } catch {
    return null;
  }
}

/** A short technical detail for the failure message: Office's error code, or MSAL's. */
function describe(error: unknown): string {
  if (error instanceof OfficeSignInError) {
    return error.code === null ? error.message : `${error.message} (${error.code})`;
  }
  const msal = error as { errorCode?: unknown; errorMessage?: unknown } | null;
  if (msal && typeof msal.errorCode === "string" && msal.errorCode) {
    return msal.errorCode;
  }
  return error instanceof Error ? error.message : String(error);
}
