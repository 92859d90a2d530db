// The "Warn me at Send" switch (issue 10): the pane shows and stores it (send-switch.ts, through office.ts's
// roaming settings), the on-send script (src/onsend) honours it. An Outlook
// roaming setting, so it follows the writer to every Outlook of the mailbox and reaches the on-send runtime, which
// shares nothing else with the pane. Only `false` turns the warning off: a writer who never touched the switch is
// warned. Plain Office.js and no DOM, so both the pane and the on-send script compile it.

/** The roaming settings key the pane writes and the on-send handler reads. */
export const warnAtSendSetting = "warnAtSend";

/** Whether to warn, from the stored value: only an explicit false turns it off. */
export function warnsAtSend(stored: unknown): boolean {
  return stored !== false;
}

/** Whether to warn, read from the mailbox's roaming settings (the on-send handler's way in). */
export function warnAtSend(settings: Office.RoamingSettings | undefined): boolean {
  return warnsAtSend(settings?.get(warnAtSendSetting));
}
