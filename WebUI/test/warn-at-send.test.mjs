// The "Warn me at Send" switch as the on-send script reads it (src/warn-at-send.ts), against a fake of Outlook's
// roaming settings with its real shapes; the pane's storing is covered by the browser tests (MailViewTests).
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const bundled = await build({ entryPoints: [join(here, "..", "src", "warn-at-send.ts")], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "warning" });
globalThis.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
const { warnAtSend, warnsAtSend, warnAtSendSetting } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);

function roaming(values = {}) {
  return { get: (name) => values[name], set: (name, value) => (values[name] = value) };
}

test("the key is the contract between the pane and the on-send script", () => {
  assert.equal(warnAtSendSetting, "warnAtSend");
});

test("only an explicit false turns it off", () => {
  assert.equal(warnsAtSend(undefined), true);
  assert.equal(warnsAtSend(null), true);
  assert.equal(warnsAtSend("false"), true, "a string is not the switch's value");
  assert.equal(warnsAtSend(false), false);
});

test("on unless the writer turned it off", () => {
  assert.equal(warnAtSend(roaming()), true, "never set");
  assert.equal(warnAtSend(undefined), true, "no roaming settings at all");
  assert.equal(warnAtSend(roaming({ warnAtSend: true })), true);
  assert.equal(warnAtSend(roaming({ warnAtSend: false })), false);
});
