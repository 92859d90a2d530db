// /onsend.js: Outlook's on-send check (Smart Alerts). One classic script, bundled by esbuild (build.mjs) as an IIFE
// for an ES2016 engine: classic Outlook on Windows runs it on its own in a JavaScript-only runtime (no DOM, no module
// loader, no Office.onReady), Outlook on the web and new Outlook load it from onsend.html after office.js. Either way
// the handler is registered at the top level, under the manifest's FunctionName, as the service rendered it in.
import { onMessageSend } from "./handler";
import { outlookHost } from "./outlook";
import { readSettings } from "./settings";

const settings = readSettings();
if (settings) {
  Office.actions.associate(settings.functionName, (event: Office.MailboxEvent) => onMessageSend(event, settings, outlookHost()));
}
