// The only module that talks to Office.js. The rest of the pane sees a MailHost (or null outside Outlook), so it runs
// the same in a plain browser and its Outlook-specific behaviour is tested against a fake of just these calls.

/** The note the pane should check: the selected text when the writer selected some of the body, else the body. */
export interface NoteText {
  text: string;
  fromSelection: boolean;
}

export interface MailHost {
  /** Outlook's UI language, e.g. "de-DE". */
  readonly displayLanguage: string | null;
  /** True/false from Office's theme; null when this Outlook does not say (the pane follows the OS then). */
  darkTheme(): boolean | null;
  onThemeChanged(listener: () => void): void;
  readNote(): Promise<NoteText>;
  /** Replaces the selection in the body (or inserts at the cursor), as HTML or text to match the body. */
  insert(text: string): Promise<void>;
  /** The address of the mail's first To recipient, or null when To is empty. */
  firstRecipient(): Promise<string | null>;
  /** True where this Outlook brokers sign-in for add-ins (nested app authentication, requirement set 1.1). */
  supportsNestedAppAuth(): boolean;
  /** Office's own single sign-on (the fallback where nested app authentication is missing): a token for our API. */
  getAccessToken(): Promise<string>;
}

/** What Office reported when its single sign-on failed: its error code (e.g. 13001, not signed in) and message. */
export class OfficeSignInError extends Error {
  constructor(message: string, readonly code: number | null) {
    super(message);
  }
}

// Office.onReady normally answers within a second; one that never answers must not leave the pane waiting.
const readyTimeoutMs = 4000;
// After a pinned pane re-opens, Office.context.mailbox.item can be briefly undefined.
const itemRetries = 10;
const itemRetryMs = 150;

export async function connectToOutlook(): Promise<MailHost | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return null; // office.js did not load: a plain browser without Microsoft's CDN, or blocked.
  }
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([Office.onReady(), delay(readyTimeoutMs).then(() => null)]);
  } catch {
    return null;
  }
  if (!info || info.host !== Office.HostType.Outlook) {
    return null;
  }
  for (let attempt = 0; attempt < itemRetries; attempt++) {
    if (Office.context?.mailbox?.item) {
      return new OutlookHost();
    }
    await delay(itemRetryMs);
  }
  return null;
}

class OutlookHost implements MailHost {
  readonly displayLanguage = Office.context.displayLanguage || null;

  darkTheme(): boolean | null {
    const theme = Office.context.officeTheme;
    if (!theme) {
      return null;
    }
    if (typeof theme.isDarkTheme === "boolean") {
      return theme.isDarkTheme;
    }
    return theme.bodyBackgroundColor ? isDark(theme.bodyBackgroundColor) : null;
  }

  onThemeChanged(listener: () => void): void {
    try {
      Office.context.mailbox.addHandlerAsync(Office.EventType.OfficeThemeChanged, listener);
    } catch {
      // Older Outlook without the event: the theme read at start stays.
    }
  }

  async readNote(): Promise<NoteText> {
    const item = this.item();
    try {
      const selected = await settle<{ data?: string; sourceProperty?: string } | string>((done) =>
        item.getSelectedDataAsync(Office.CoercionType.Text, done),
      );
      const data = typeof selected === "string" ? selected : selected?.data;
      const source = typeof selected === "string" ? "body" : selected?.sourceProperty;
      if (source === "body" && data && data.trim()) {
        return { text: data, fromSelection: true };
      }
    } catch {
      // No selection API (Mailbox < 1.2) or nothing selectable: the body it is.
    }
    const body = await settle<string>((done) => item.body.getAsync(Office.CoercionType.Text, done));
    return { text: body ?? "", fromSelection: false };
  }

  async insert(text: string): Promise<void> {
    const item = this.item();
    const type = await settle<Office.CoercionType>((done) => item.body.getTypeAsync(done));
    const html = type === Office.CoercionType.Html;
    await settle<void>((done) =>
      item.body.setSelectedDataAsync(html ? toHtml(text) : text, { coercionType: html ? Office.CoercionType.Html : Office.CoercionType.Text }, done),
    );
  }

  async firstRecipient(): Promise<string | null> {
    const recipients = await settle<Office.EmailAddressDetails[]>((done) => this.item().to.getAsync(done));
    const first = (recipients ?? []).find((r) => r?.emailAddress?.trim());
    return first ? first.emailAddress.trim() : null;
  }

  supportsNestedAppAuth(): boolean {
    try {
      return Office.context.requirements?.isSetSupported("NestedAppAuth", "1.1") === true;
    } catch {
      return false;
    }
  }

  async getAccessToken(): Promise<string> {
    if (typeof Office.auth?.getAccessToken !== "function") {
      throw new OfficeSignInError("Office.auth is not available", null);
    }
    try {
      return await Office.auth.getAccessToken({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });
    } catch (error) {
      const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
      throw new OfficeSignInError(typeof message === "string" && message ? message : "Office sign-in failed", typeof code === "number" ? code : null);
    }
  }

  private item(): Office.MessageCompose {
    return Office.context.mailbox.item as Office.MessageCompose;
  }
}

/** Turns an Office callback into a promise; a Failed result rejects with Office's own message. */
function settle<T>(start: (done: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
      } else {
        reject(new Error(result.error?.message || "Office call failed"));
      }
    });
  });
}

function toHtml(text: string): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return escaped.replace(/\r?\n/g, "<br>");
}

function isDark(color: string): boolean {
  const hex = color.replace("#", "");
  if (!/^[0-9a-f]{6}$/i.test(hex)) {
    return false;
  }
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
