// Signs the audit page in for its calls to AddinService. The page runs in an ordinary browser tab, not inside Outlook,
// so there is no broker for nested app authentication: MSAL.js's standard browser flow instead (PublicClientApplication),
// silently for an account MSAL already knows, else through a popup the person opens with "Sign in". The popup comes
// back to this page (origin + /audit.html, registered as a single-page-application redirect URI), which hands the
// answer to its opener and does nothing else. With `auth: null` (Development) this module is not used at all.
import type * as Msal from "@azure/msal-browser";
import type { AuthSettings } from "./api";
import { loadMsal, type MsalLibrary } from "./msal-load";

export type AuditSignInState =
  | { kind: "starting" }
  | { kind: "signed-out" }
  | { kind: "signing-in" }
  | { kind: "signed-in"; account: string }
  | { kind: "failed"; detail: string };

interface Acquired {
  token: string;
  expiresAt: number;
}

const refreshMarginMs = 5 * 60_000;
const unknownLifetimeMs = 10 * 60_000;

/** Where the popup returns: this page, whatever path it was opened under (registered as `https://<host>/audit.html`). */
export function auditRedirectUri(): string {
  return `${window.location.origin}/audit.html`;
}

/**
 * True when this window is the sign-in popup coming back with the identity platform's answer (a code or an error
 * with MSAL's state). Not window.opener: the sign-in pages may cut it (Cross-Origin-Opener-Policy), and MSAL passes
 * the answer over a BroadcastChannel anyway.
 */
export function isSignInPopup(): boolean {
  const answer = new URLSearchParams(window.location.hash.replace(/^#/, "") || window.location.search.replace(/^\?/, ""));
  return answer.has("state") && (answer.has("code") || answer.has("error"));
}

/** In the popup: hands the answer to the audit page that opened it (MSAL closes the popup then). */
export async function finishSignInPopup(): Promise<void> {
  const library = await loadMsal();
  await library.broadcastResponseToMainFrame();
}

export class AuditSignIn {
  private state: AuditSignInState = { kind: "starting" };
  private cached: Acquired | null = null;
  private forceRefresh = false;
  private pending: Promise<string | null> | null = null;
  private msal: Promise<{ app: Msal.IPublicClientApplication; library: MsalLibrary }> | null = null;

  constructor(
    private readonly settings: AuthSettings,
    private readonly onState: (state: AuditSignInState) => void,
  ) {}

  get current(): AuditSignInState {
    return this.state;
  }

  /** At page load: a token for an account MSAL already knows, silently; otherwise the page offers "Sign in". */
  async start(): Promise<void> {
    this.set({ kind: "starting" });
    await this.token();
    if (this.state.kind === "starting") {
      this.set({ kind: "signed-out" });
    }
  }

  /** A token for the next call, or null (not signed in, or failed): then the call goes without and may get 401. */
  readonly token = (): Promise<string | null> => {
    if (this.cached && !this.forceRefresh && this.cached.expiresAt - Date.now() > refreshMarginMs) {
      return Promise.resolve(this.cached.token);
    }
    this.pending ??= this.silent().finally(() => (this.pending = null));
    return this.pending;
  };

  /** Forgets the cached token (the server refused it): the next call asks MSAL for a fresh one. */
  readonly drop = (): void => {
    this.cached = null;
    this.forceRefresh = true;
  };

  /** From the person's click: the identity platform's sign-in popup, then a token for the configured scopes. */
  async signIn(): Promise<boolean> {
    this.set({ kind: "signing-in" });
    try {
      const { app } = await this.setUp();
      const request = { scopes: this.settings.scopes, redirectUri: auditRedirectUri() };
      const login = await app.loginPopup(request);
      if (login.account) {
        app.setActiveAccount(login.account);
      }
      const result = login.accessToken ? login : await app.acquireTokenPopup({ ...request, account: login.account ?? undefined });
      this.keep(result);
      return true;
    } catch (error) {
      this.cached = null;
      this.set({ kind: "failed", detail: describe(error) });
      return false;
    }
  }

  /**
   * From the person's click: forgets the account and its tokens in this page (MSAL's cache lives in the tab's session
   * storage), and later calls go without a token. It does not end the Microsoft session in this browser: Outlook on
   * the web stays signed in, and "Sign in" offers the account again. Leaving a shared computer means signing out of
   * Microsoft 365 itself.
   */
  async signOut(): Promise<void> {
    this.cached = null;
    this.forceRefresh = false;
    const msal = this.msal;
    if (msal) {
      try {
        const { app } = await msal;
        app.setActiveAccount(null);
        await app.clearCache();
      } catch {
        // MSAL never set up, or nothing to forget: signed out either way.
      }
    }
    this.set({ kind: "signed-out" });
  }

  private async silent(): Promise<string | null> {
    let setUp;
    try {
      setUp = await this.setUp();
    } catch (error) {
      this.msal = null; // set up afresh on the next try
      this.set({ kind: "failed", detail: describe(error) });
      return null;
    }
    const { app, library } = setUp;
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0] ?? null;
    if (!account) {
      return null; // nobody signed in yet: "Sign in" (a popup needs the person's click)
    }
    try {
      const result = await app.acquireTokenSilent({
        scopes: this.settings.scopes,
        account,
        redirectUri: auditRedirectUri(),
        forceRefresh: this.forceRefresh,
      });
      this.forceRefresh = false;
      this.keep(result);
      return result.accessToken;
    } catch (error) {
      this.cached = null;
      this.set(error instanceof library.InteractionRequiredAuthError ? { kind: "signed-out" } : { kind: "failed", detail: describe(error) });
      return null;
    }
  }

  private keep(result: Msal.AuthenticationResult): void {
    this.cached = { token: result.accessToken, expiresAt: result.expiresOn ? result.expiresOn.getTime() : Date.now() + unknownLifetimeMs };
    this.forceRefresh = false;
    this.set({ kind: "signed-in", account: result.account?.username || result.account?.name || "" });
  }

  private setUp(): Promise<{ app: Msal.IPublicClientApplication; library: MsalLibrary }> {
    const settings = this.settings;
    this.msal ??= loadMsal().then(async (library) => {
      const app = new library.PublicClientApplication({
        auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: auditRedirectUri() },
        cache: { cacheLocation: "sessionStorage" },
      });
      await app.initialize();
      return { app, library };
    });
    return this.msal;
  }

  private set(state: AuditSignInState): void {
    const same = JSON.stringify(state) === JSON.stringify(this.state);
    this.state = state;
    if (!same) {
      this.onState(state);
    }
  }
}

/** A short technical detail for the failure message: MSAL's error code, or the error's message. */
function describe(error: unknown): string {
  const msal = error as { errorCode?: unknown } | null;
  if (msal && typeof msal.errorCode === "string" && msal.errorCode) {
    return msal.errorCode;
  }
  return error instanceof Error ? error.message : String(error);
}
