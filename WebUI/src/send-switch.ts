// The pane's switch for "Warn me at Send": shown only inside an Outlook with roaming settings, where the on-send
// handler can read what it stores.
import { $ } from "./dom";
import type { MailHost } from "./office";
import { showError } from "./page";
import { t } from "./ui-language";
import { warnAtSendSetting, warnsAtSend } from "./warn-at-send";

export function wireSendSwitch(host: MailHost | null): void {
  const settings = host?.settings ?? null;
  $("send-warning").hidden = !settings;
  if (!settings) {
    return;
  }
  const box = $<HTMLInputElement>("warn-at-send");
  box.checked = warnsAtSend(settings.get(warnAtSendSetting));
  box.addEventListener("change", async () => {
    const wanted = box.checked;
    box.disabled = true;
    try {
      await settings.save(warnAtSendSetting, wanted);
    } catch (error) {
      box.checked = !wanted; // what the mailbox still holds
      showError(t.warnAtSendFailed + (error instanceof Error ? error.message : String(error)));
    } finally {
      box.disabled = false;
    }
  });
}
