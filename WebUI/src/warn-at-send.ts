// The "Warn me at Send" setting (issue 10): one roaming-settings key that the pane writes and the on-send handler
// reads, so the writer's choice follows them to every Outlook they use. Missing means on: the warning is the point.

/** The roaming settings key. The on-send handler must read this same key. */
export const warnAtSendSetting = "warnAtSend";

/** Whether to warn, from the stored value: only an explicit false turns it off. */
export function warnsAtSend(stored: unknown): boolean {
  return stored !== false;
}
