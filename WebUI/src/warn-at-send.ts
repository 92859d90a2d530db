// The "Warn me at Send" switch: the pane shows it, the on-send script (src/onsend) honours it. An Outlook roaming
// setting, so it follows the writer to every Outlook of the mailbox and reaches the on-send runtime, which shares
// nothing else with the pane. Only `false` turns the warning off: a writer who never touched the switch is warned.
// Plain Office.js and no DOM, so both the pane and the on-send script compile it.

export const warnAtSendSetting = "warnAtSend";

export function warnAtSend(settings: Office.RoamingSettings | undefined): boolean {
  return settings?.get(warnAtSendSetting) !== false;
}

/** Stores the switch for the mailbox; rejects with Office's message when Outlook cannot save it. */
export function setWarnAtSend(settings: Office.RoamingSettings, on: boolean): Promise<void> {
  settings.set(warnAtSendSetting, on);
  return new Promise<void>((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message || "Outlook could not save the setting")),
    ),
  );
}
