// The only module that talks to Office.js. The rest of the pane sees a MailHost (or null outside Outlook), so it runs
// the same in a plain browser and its Outlook-specific behaviour is tested against a fake of just these calls.
import { toHtmlText } from "./html-replace";
import { settle } from "./office-settle";

/** The two forms Outlook hands a compose body out in (body.getAsync's coercion types). */
export type BodyKind = "text" | "html";

export interface MailHost {
  /** Outlook's UI language, e.g. "de-DE". */
  readonly displayLanguage: string | null;
  /** True/false from Office's theme; null when this Outlook does not say (the pane follows the OS then). */
  darkTheme(): boolean | null;
  onThemeChanged(listener: () => void): void;
  /** The text the writer selected in the body, or null when nothing (or only white space) is selected. */
  readSelection(): Promise<string | null>;
  /** The whole body: as text (one line per block) or as Outlook's HTML. */
  readBody(kind: BodyKind): Promise<string>;
  /** Whether the body is HTML or plain text. */
  bodyKind(): Promise<BodyKind>;
  /** Writes the whole body back (body.setAsync), as HTML or text. The only way to change one line in place. */
  writeBody(body: string, kind: BodyKind): Promise<void>;
  /** The mail's subject, or null where this Outlook cannot say. */
  subject(): Promise<string | null>;
  /** Replaces the selection in the body (or inserts at the cursor), as HTML or text to match the body. */
  insert(text: string): Promise<void>;
  /** The address of the mail's first To recipient, or null when To is empty. */
  firstRecipient(): Promise<string | null>;
  /** True where this Outlook brokers sign-in for add-ins (nested app authentication, requirement set 1.1). */
  supportsNestedAppAuth(): boolean;
  /** Office's own single sign-on (the fallback where nested app authentication is missing): a token for our API. */
  getAccessToken(): Promise<string>;
  /** The writer's add-in settings that roam with their mailbox; null where this Outlook has none. */
  readonly settings: RoamingSettings | null;
}

/** Office.context.roamingSettings, reduced to what the pane does with it. */
export interface RoamingSettings {
  get(name: string): unknown;
  /** Sets the value and saves all settings to the mailbox (other Outlook clients see it from then on). */
  save(name: string, value: unknown): Promise<void>;
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

  readonly settings: RoamingSettings | null = roamingSettings();

  async readSelection(): Promise<string | null> {
    const item = this.item();
    try {
      const selected = await settle<{ data?: string; sourceProperty?: string } | string>((done) =>
        item.getSelectedDataAsync(Office.CoercionType.Text, done),
      );
      const data = typeof selected === "string" ? selected : selected?.data;
      const source = typeof selected === "string" ? "body" : selected?.sourceProperty;
      return source === "body" && data && data.trim() ? data : null;
    } catch {
      return null; // No selection API (Mailbox < 1.2) or nothing selectable: the body it is.
    }
  }

  async readBody(kind: BodyKind): Promise<string> {
    const body = await settle<string>((done) => this.item().body.getAsync(coercion(kind), done));
    return body ?? "";
  }

  async bodyKind(): Promise<BodyKind> {
    const type = await settle<Office.CoercionType>((done) => this.item().body.getTypeAsync(done));
    return type === Office.CoercionType.Html ? "html" : "text";
  }

  async writeBody(body: string, kind: BodyKind): Promise<void> {
    await settle<void>((done) => this.item().body.setAsync(body, { coercionType: coercion(kind) }, done));
  }

  async subject(): Promise<string | null> {
    try {
      const subject = await settle<string>((done) => (this.item().subject as Office.Subject).getAsync(done));
      return subject || null;
    } catch {
      return null; // the subject only hints at a workload; the check goes on without it
    }
  }

  async insert(text: string): Promise<void> {
    const kind = await this.bodyKind();
    await settle<void>((done) => this.item().body.setSelectedDataAsync(kind === "html" ? toHtmlText(text) : text, { coercionType: coercion(kind) }, done));
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


function coercion(kind: BodyKind): Office.CoercionType {
  return kind === "html" ? Office.CoercionType.Html : Office.CoercionType.Text;
}

/** Office.context.roamingSettings (Mailbox 1.1) behind the small interface above; null where Outlook has none. */
function roamingSettings(): RoamingSettings | null {
  const store = Office.context.roamingSettings;
  if (!store || typeof store.get !== "function" || typeof store.saveAsync !== "function") {
    return null;
  }
  return {
    get: (name) => store.get(name),
    save: (name, value) => {
      store.set(name, value);
      return settle<void>((done) => store.saveAsync(done));
    },
  };
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
