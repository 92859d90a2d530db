// The OnMessageSend handler. Outlook holds the mail until it answers, so it fails open: the mail goes unless the
// service answered in time that a note in it reads as Bad. No setting, no answer within the budget, a refused or
// unreadable answer, an Outlook call that fails: the mail goes.
import { alertFor } from "./alert";
import { pickLanguage } from "./alert-text";
import { checkMail } from "./mail-check";
import type { SendHost } from "./outlook";
import type { OnSendSettings } from "./settings";

/** How long a send waits for the check at most. Outlook itself says "taking long" after 5 s; we never get there. */
export const sendBudgetMs = 3000;

/** A token that takes longer than this is not worth the check: the call goes without one (Development accepts that). */
export const tokenBudgetMs = 1000;

const allow: Office.SmartAlertsEventCompletedOptions = { allowEvent: true };

export function onMessageSend(event: Office.MailboxEvent, settings: OnSendSettings, host: SendHost): void {
  let finished = false;
  // Where the runtime has AbortController the request is cancelled at the deadline; elsewhere it is only abandoned.
  const controller = typeof AbortController === "function" ? new AbortController() : null;
  const finish = (options: Office.SmartAlertsEventCompletedOptions): void => {
    if (finished) {
      return;
    }
    finished = true;
    clearTimeout(timer);
    event.completed(options);
  };
  const timer = setTimeout(() => {
    controller?.abort();
    finish(allow);
  }, sendBudgetMs);
  verdict(settings, host, controller?.signal).then(finish, () => finish(allow));
}

async function verdict(settings: OnSendSettings, host: SendHost, signal: RuntimeAbortSignal | undefined): Promise<Office.SmartAlertsEventCompletedOptions> {
  if (!settings.baseUrl || !host.warnAtSend()) {
    return allow;
  }
  const [mail, token] = await Promise.all([host.readMail(), within(host.accessToken(), tokenBudgetMs, null)]);
  const answer = await checkMail(settings.baseUrl, mail, token, signal);
  return alertFor(answer, pickLanguage(host.displayLanguage()), settings, host.canOpenPane()) ?? allow;
}

/** The promise's value, or the fallback when it takes longer than ms (or fails). */
function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
