// The only on-send module that talks to Office.js: what the handler needs from Outlook, at the moment of Send. Tests
// hand the bundle a fake Office with the same call shapes (AsyncResult callbacks, requirement checks, roaming settings).
import { warnAtSend } from "../warn-at-send";
import { settle } from "../office-settle";

export interface OutgoingMail {
  body: string;
  subject: string | null;
}

export interface SendHost {
  /** The pane's "Warn me at Send" switch (warn-at-send.ts). */
  warnAtSend(): boolean;
  /** Outlook's UI language, e.g. "de-DE". */
  displayLanguage(): string;
  /** Mailbox 1.14: the alert can carry a button that opens the pane. */
  canOpenPane(): boolean;
  readMail(): Promise<OutgoingMail>;
  /** A token for the service without any sign-in window, or null (no single sign-on here, or it failed). */
  accessToken(): Promise<string | null>;
}

export function outlookHost(): SendHost {
  return {
    warnAtSend: () => warnAtSend(Office.context.roamingSettings),
    displayLanguage: () => Office.context.displayLanguage || "",
    canOpenPane: () => {
      try {
        return Office.context.requirements?.isSetSupported("Mailbox", "1.14") === true;
      } catch {
        return false;
      }
    },
    readMail: async () => {
      const item = Office.context.mailbox.item as Office.MessageCompose;
      const body = await settle<string>((done) => item.body.getAsync(Office.CoercionType.Text, done));
      // The subject only helps the service name a workload; a mail is checked without it.
      const subject = await settle<string>((done) => item.subject.getAsync(done)).catch(() => null);
      return { body: body ?? "", subject: subject ?? null };
    },
    accessToken: async () => {
      // OfficeRuntime.auth is the one Microsoft documents for event handlers; Office.auth exists only in some builds.
      const auth = typeof OfficeRuntime !== "undefined" && OfficeRuntime?.auth ? OfficeRuntime.auth : Office.auth;
      if (!auth || typeof auth.getAccessToken !== "function") {
        return null;
      }
      try {
        // Never a sign-in or consent window at Send: without a token the call goes anonymously.
        return await auth.getAccessToken({ allowSignInPrompt: false, allowConsentPrompt: false, forMSGraphAccess: false });
      } catch {
        return null;
      }
    },
  };
}
