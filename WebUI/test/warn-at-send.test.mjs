// The "Warn me at Send" switch as the pane stores it and the on-send script reads it (src/warn-at-send.ts), against
// a fake of Outlook's roaming settings with its real shapes (get/set, saveAsync with an AsyncResult).
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const bundled = await build({ entryPoints: [join(here, "..", "src", "warn-at-send.ts")], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "warning" });
globalThis.Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
const { warnAtSend, setWarnAtSend, warnAtSendSetting } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);

function roaming(values = {}, saveError = null) {
  const saved = [];
  return {
    saved,
    get: (name) => values[name],
    set: (name, value) => (values[name] = value),
    remove: (name) => delete values[name],
    saveAsync: (callback) =>
      setTimeout(() => {
        if (!saveError) saved.push({ ...values });
        callback({ status: saveError ? "failed" : "succeeded", error: saveError ?? undefined, value: undefined });
      }, 0),
  };
}

test("the key is the contract between the pane and the on-send script", () => {
  assert.equal(warnAtSendSetting, "warnAtSend");
});

test("on unless the writer turned it off", () => {
  assert.equal(warnAtSend(roaming()), true, "never set");
  assert.equal(warnAtSend(undefined), true, "no roaming settings at all");
  assert.equal(warnAtSend(roaming({ warnAtSend: true })), true);
  assert.equal(warnAtSend(roaming({ warnAtSend: false })), false);
});

test("the pane stores the switch for the mailbox", async () => {
  const settings = roaming();
  await setWarnAtSend(settings, false);

  assert.deepEqual(settings.saved, [{ warnAtSend: false }]);
  assert.equal(warnAtSend(settings), false);
});

test("a save Outlook refuses is an error the pane can show", async () => {
  await assert.rejects(setWarnAtSend(roaming({}, { message: "The roaming settings are too large." }), true), /too large/);
});
