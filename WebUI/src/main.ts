// The task pane's table of contents: connect to Outlook (or run in a plain browser), sign in, load the templates,
// build the views and start checking. Each job lives in its own module:
//   sign-in-view.ts   signing in and saying why it failed      check-loop.ts      when and what to check
//   result-view.ts    the single-note view                     mail-view.ts       one card per note of a whole mail
//   note-card.ts      the card both views show a note in       mail-replace.ts    replacing one note in the mail
//   inserting.ts      putting text in at the cursor            templates-view.ts  the template gallery
//   contact-attempts.ts  [number] from the sent mail           send-switch.ts     "Warn me at Send"
import * as api from "./api";
import { CheckLoop } from "./check-loop";
import { wireConfirmDialog } from "./confirm-dialog";
import { ContactAttempts } from "./contact-attempts";
import { $ } from "./dom";
import { pickLanguage } from "./i18n";
import { Inserter } from "./inserting";
import { bandsFrom, limitsFrom } from "./limits";
import { MailView } from "./mail-view";
import type { CardContext } from "./note-card";
import { connectToOutlook } from "./office";
import { applyLanguage, applyTheme, wireTabs } from "./page";
import { ResultView } from "./result-view";
import { rulesFor } from "./rule-cache";
import { wireSendSwitch } from "./send-switch";
import { startSignIn } from "./sign-in-view";
import { TemplateGallery } from "./templates-view";
import { t, uiLanguage } from "./ui-language";

document.addEventListener("DOMContentLoaded", () => void start());

async function start(): Promise<void> {
  applyLanguage(pickLanguage(navigator.language));
  $("mode").textContent = t.modeConnecting;
  const configLoaded = api.loadConfig(); // anonymous: whether and how to sign in, whether Graph is there, limits

  const host = await connectToOutlook();
  const config = await configLoaded;
  applyLanguage(pickLanguage(host?.displayLanguage ?? navigator.language));
  applyTheme(host);
  host?.onThemeChanged(() => applyTheme(host));

  // The views are built before the first check, so their elements are in the page from the start. The callbacks
  // reach the check loop only on a click, after it exists.
  const inserter = new Inserter(
    host,
    (text) => checks.useNote(text),
    () => checks.forget(),
  );
  const gallery = new TemplateGallery((text) => void inserter.insert(text));
  const context: CardContext = {
    limits: limitsFrom(config),
    bands: bandsFrom(config),
    get templates() {
      return gallery.templates;
    },
  };
  const attempts = new ContactAttempts(host, config);
  const single = new ResultView(host !== null, context, attempts, gallery, inserter);
  const checks = new CheckLoop(host, context.limits, single);
  if (host) {
    checks.useMailView(
      new MailView(host, context, attempts, gallery, () => {
        checks.forget();
        void checks.check(true); // re-check at once: the writer wants to see the replaced note's new grade
      }),
    );
  }

  startSignIn(config, host, () => checks.check(true));
  wireSendSwitch(host);
  const templatesLoaded = api
    .listTemplates()
    .then((list) => (gallery.templates = list))
    .catch(() => []);
  void rulesFor(uiLanguage).catch(() => undefined);
  wireTabs();
  wireConfirmDialog();
  $("check").addEventListener("click", () => void checks.check(true));

  await templatesLoaded;
  gallery.render();
  $("mode").textContent = host ? t.modeOutlook : t.modeBrowser;
  await checks.start();
}
