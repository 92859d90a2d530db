// The script exactly as the service serves it (/onsend.js with the service's own settings rendered in), run in a bare
// context: the .NET test (Tests/NoteAddin.Tests/OnSend) fetches it from a test host and passes its path in
// ONSEND_SCRIPT, and what it must contain, from the manifest code and the rule packs, in ONSEND_EXPECTED.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import vm from "node:vm";
import { answer, bareContext, fakeOutlook, fakeService, send } from "./fake-outlook.mjs";

const path = process.env.ONSEND_SCRIPT;
const expected = process.env.ONSEND_EXPECTED ? JSON.parse(process.env.ONSEND_EXPECTED) : null;
const skip = path && expected ? false : "run by dotnet test, which serves the script (ONSEND_SCRIPT, ONSEND_EXPECTED)";

test("the served script registers the manifest's handler in a bare context", { skip }, () => {
  const outlook = fakeOutlook();
  const context = bareContext({ outlook, service: fakeService({ answer: answer() }) });
  new vm.Script(readFileSync(path, "utf8"), { filename: "onsend.js" }).runInContext(context);

  assert.deepEqual(Object.keys(outlook.calls.associated), [expected.functionName]);
});

test("the served script calls the configured base URL and opens the manifest's pane button", { skip }, async () => {
  const { options, requests } = await send({
    script: readFileSync(path, "utf8"),
    outlook: fakeOutlook({ body: "Teams: Customer is blocked." }),
    service: fakeService({ answer: answer(["Teams", "Bad", [[expected.ruleId, "Error"]]]) }),
  });

  assert.equal(requests[0].url, expected.apiUrl);
  assert.equal(options.allowEvent, false);
  assert.equal(options.commandId, expected.paneCommandId);
  assert.equal(options.cancelLabel, expected.paneLabel);
  assert.match(options.errorMessage, new RegExp(`Teams: ${expected.ruleTitle}\\.`));
});
