// The on-send handler, run as Outlook runs it (fake-outlook.mjs): it stops a send only for a Bad note, says which
// workload and why within Outlook's limits, in German or English, and lets the mail go whenever it cannot tell.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import vm from "node:vm";
import { answer, bareContext, fakeOutlook, fakeService, renderedScript, send, testSettings } from "./fake-outlook.mjs";

const mail = "Hi team,\n\nExchange Online: Customer is blocked.\n\nBest regards";
const badExchange = answer(["Exchange Online", "Bad", [["vague-reason", "Warning"], ["missing-reason", "Error"]]]);

describe("a Bad note stops the send", () => {
  test("with the workload, its main problem, and a button that opens the pane", async () => {
    const service = fakeService({ answer: badExchange });
    const { options, requests } = await send({ outlook: fakeOutlook({ body: mail, subject: "FastTrack status" }), service });

    assert.equal(options.allowEvent, false);
    assert.equal(
      options.errorMessage,
      'This status note needs work before you send it: Exchange Online: No reason given. Choose "Check note" for details and a better wording.',
      "the Error finding is the main problem, named by its rule title",
    );
    assert.equal(options.commandId, testSettings.paneCommandId);
    assert.equal(options.cancelLabel, "Check note");

    assert.equal(requests.length, 1);
    assert.equal(requests[0].url, "https://notes.example/api/mail/check", "absolute: the runtime has no page origin");
    assert.equal(requests[0].method, "POST");
    assert.equal(requests[0].headers["Content-Type"], "application/json");
    assert.equal(requests[0].headers.Authorization, "Bearer token-1");
    assert.deepEqual(requests[0].body, { body: mail, bodyType: "text", subject: "FastTrack status", language: null });
  });

  test("in German when Outlook speaks German", async () => {
    const { options } = await send({
      outlook: fakeOutlook({ body: mail, displayLanguage: "de-DE" }),
      service: fakeService({ answer: answer(["Teams", "Bad", [["vague-reason", "Warning"]]], ["Exchange Online", "Bad", [["missing-reason", "Error"]]]) }),
    });

    assert.equal(options.allowEvent, false);
    assert.equal(
      options.errorMessage,
      "2 Statusnotizen in dieser Mail müssen vor dem Senden überarbeitet werden: Teams: Vager Grund. Exchange Online: Kein Grund. Wählen Sie „Notiz prüfen“ für Hinweise und einen besseren Text.",
    );
    assert.equal(options.cancelLabel, "Notiz prüfen");
  });

  test("naming only the Bad notes, and a note without a workload by its place", async () => {
    const { options } = await send({
      outlook: fakeOutlook({ body: mail }),
      service: fakeService({ answer: answer(["Teams", "Good"], [null, "Bad", [["status-unclear", "Error"]]], ["SharePoint Online", "Incomplete", [["hedging", "Warning"]]]) }),
    });

    assert.equal(options.allowEvent, false);
    assert.match(options.errorMessage, /^This status note needs work before you send it: Note 2: No status\. /);
    assert.doesNotMatch(options.errorMessage, /Teams|SharePoint/);
  });

  test("with the finding's own message when the script has no title for its rule", async () => {
    const message = "Say which of the customer's three proxies breaks the traffic, and since when it does so, in one sentence of the note.";
    const { options } = await send({
      outlook: fakeOutlook({ body: mail }),
      service: fakeService({ answer: answer(["Teams", "Bad", [["a-rule-from-an-overlay-pack", "Error", message]]]) }),
    });

    assert.match(options.errorMessage, /^This status note needs work before you send it: Teams: Say which of the customer's three proxies/);
    assert.match(options.errorMessage, /since when it does so… Choose "Check note"/, "a long message is cut");
  });

  test("without the pane button in an Outlook older than Mailbox 1.14, pointing at the ribbon instead", async () => {
    const { options } = await send({ outlook: fakeOutlook({ body: mail, mailbox: "1.13" }), service: fakeService({ answer: badExchange }) });

    assert.equal(options.allowEvent, false);
    assert.equal(options.commandId, undefined);
    assert.equal(options.cancelLabel, undefined);
    assert.match(options.errorMessage, /Open "Check note" in the ribbon/);
  });
});

describe("Outlook's limits", () => {
  const longTitles = (language) =>
    Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`rule-${i}`, `${language === "de" ? "Ein ziemlich langes Problem" : "A rather long problem"} number ${i} with many words`]));
  const manyBad = answer(...Array.from({ length: 12 }, (_, i) => [`Workload with a long name ${i}`, "Bad", [[`rule-${i}`, "Error"]]]));

  for (const displayLanguage of ["en-US", "de-DE"]) {
    test(`a message of at most 500 characters that says how many more (${displayLanguage})`, async () => {
      const language = displayLanguage.slice(0, 2);
      const script = renderedScript({ ...testSettings, ruleTitles: { [language]: longTitles(language) } });
      const { options } = await send({ outlook: fakeOutlook({ body: mail, displayLanguage }), service: fakeService({ answer: manyBad }), script });

      assert.equal(options.allowEvent, false);
      assert.ok(options.errorMessage.length <= 500, `${options.errorMessage.length} characters`);
      assert.match(options.errorMessage, language === "de" ? /Und \d+ weitere\./ : /And \d+ more\./);
      assert.match(options.errorMessage, /^12 /, "the count covers every Bad note");
      assert.ok(options.cancelLabel.length <= 20);
    });
  }

  test("a pane label over 20 characters is left out rather than cut", async () => {
    const script = renderedScript({ ...testSettings, paneLabel: { en: "Check the status note now" } });
    const { options } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService({ answer: badExchange }), script });

    assert.equal(options.allowEvent, false);
    assert.equal(options.cancelLabel, undefined);
    assert.equal(options.commandId, testSettings.paneCommandId);
  });
});

describe("every other mail goes out silently", () => {
  for (const [name, body] of [
    ["a Good note", answer(["Teams", "Good"])],
    ["an Incomplete note", answer(["Teams", "Incomplete", [["hedging", "Warning"]]])],
    ["a mail without notes", answer()],
  ]) {
    test(name, async () => {
      const { options, requests } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService({ answer: body }) });

      assert.deepEqual(options, { allowEvent: true });
      assert.equal(requests.length, 1);
    });
  }

  test("when the writer switched Warn me at Send off: nothing is read or sent", async () => {
    const outlook = fakeOutlook({ body: mail, roaming: { warnAtSend: false } });
    const { options, requests, calls } = await send({ outlook, service: fakeService({ answer: badExchange }) });

    assert.deepEqual(options, { allowEvent: true });
    assert.equal(requests.length, 0);
    assert.equal(calls.bodyReads.length, 0);
  });

  test("the switch left on, or never set, checks", async () => {
    for (const roaming of [{ warnAtSend: true }, {}]) {
      const { options } = await send({ outlook: fakeOutlook({ body: mail, roaming }), service: fakeService({ answer: badExchange }) });
      assert.equal(options.allowEvent, false, JSON.stringify(roaming));
    }
  });

  test("when the service has no base URL configured", async () => {
    const { options, requests } = await send({
      outlook: fakeOutlook({ body: mail }),
      service: fakeService({ answer: badExchange }),
      script: renderedScript({ ...testSettings, baseUrl: null }),
    });

    assert.deepEqual(options, { allowEvent: true });
    assert.equal(requests.length, 0);
  });
});

describe("fails open", { concurrency: true }, () => {
  for (const [name, behaviour] of [
    ["service down", "down"],
    ["401 (Production without a token)", { status: 401, answer: { title: "Sign in first" } }],
    ["500", { status: 500, answer: { title: "Oops" } }],
    ["body unreadable", "unreadable"],
    ["body of another shape", { answer: { results: [] } }],
  ]) {
    test(`${name}: the mail goes at once`, async () => {
      const { options, elapsedMs, completions } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService(behaviour) });

      assert.deepEqual(options, { allowEvent: true });
      assert.ok(elapsedMs < 1000, `${Math.round(elapsedMs)} ms`);
      assert.equal(completions(), 1);
    });
  }

  test("service hanging: the mail goes after 3 s and the request is cancelled", async () => {
    const { options, elapsedMs, requests, completions } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService("hang") });

    assert.deepEqual(options, { allowEvent: true });
    assert.ok(elapsedMs >= 2900 && elapsedMs < 3500, `${Math.round(elapsedMs)} ms`);
    assert.equal(requests[0].aborted, true);
    assert.equal(completions(), 1, "the cancelled request does not complete the event a second time");
  });

  test("service hanging in a runtime without AbortController: the mail still goes after 3 s", async () => {
    const { options, elapsedMs } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService("hang"), abortController: false });

    assert.deepEqual(options, { allowEvent: true });
    assert.ok(elapsedMs >= 2900 && elapsedMs < 3500, `${Math.round(elapsedMs)} ms`);
  });

  test("Outlook never hands over the body: the mail goes after 3 s", async () => {
    const { options, elapsedMs } = await send({ outlook: fakeOutlook({ bodyHang: true }), service: fakeService({ answer: badExchange }) });

    assert.deepEqual(options, { allowEvent: true });
    assert.ok(elapsedMs >= 2900 && elapsedMs < 3500, `${Math.round(elapsedMs)} ms`);
  });

  test("Outlook fails to read the body: the mail goes at once", async () => {
    const { options, requests } = await send({
      outlook: fakeOutlook({ bodyError: { name: "GenericResponseError", message: "An internal error has occurred.", code: 9020 } }),
      service: fakeService({ answer: badExchange }),
    });

    assert.deepEqual(options, { allowEvent: true });
    assert.equal(requests.length, 0);
  });
});

describe("signing in never gets in the way", { concurrency: true }, () => {
  test("no sign-in window: Office is asked without prompts", async () => {
    const { calls } = await send({ outlook: fakeOutlook({ body: mail }), service: fakeService({ answer: badExchange }) });

    assert.equal(calls.tokenRequests.length, 1);
    assert.equal(calls.tokenRequests[0].allowSignInPrompt, false);
    assert.equal(calls.tokenRequests[0].allowConsentPrompt, false);
  });

  test("Office.auth where OfficeRuntime.auth is missing", async () => {
    const { requests } = await send({ outlook: fakeOutlook({ body: mail, authOn: "Office" }), service: fakeService({ answer: badExchange }) });

    assert.equal(requests[0].headers.Authorization, "Bearer token-1");
  });

  for (const [name, auth] of [
    ["no single sign-on in this Outlook", null],
    ["single sign-on fails (13001, not signed in)", { error: { code: 13001, message: "The user is not signed in to Office." } }],
  ]) {
    test(`${name}: the call goes anonymously and still warns`, async () => {
      const { options, requests } = await send({ outlook: fakeOutlook({ body: mail, auth }), service: fakeService({ answer: badExchange }) });

      assert.equal(requests[0].headers.Authorization, undefined);
      assert.equal(options.allowEvent, false);
    });
  }

  test("a token that does not come within 1 s: the call goes anonymously in time", async () => {
    const { options, requests, elapsedMs } = await send({ outlook: fakeOutlook({ body: mail, auth: { hang: true } }), service: fakeService({ answer: badExchange }) });

    assert.equal(requests[0].headers.Authorization, undefined);
    assert.equal(options.allowEvent, false);
    assert.ok(elapsedMs >= 900 && elapsedMs < 2000, `${Math.round(elapsedMs)} ms`);
  });
});

describe("the script", () => {
  test("is a classic script that registers its handler in a bare context without window or document", () => {
    const outlook = fakeOutlook();
    const context = bareContext({ outlook, service: fakeService({ answer: answer() }) });

    assert.equal(vm.runInContext("typeof window + typeof document + typeof require + typeof module", context), "undefinedundefinedundefinedundefined");
    // vm.Script compiles a classic script: import or export anywhere would be a SyntaxError here.
    new vm.Script(renderedScript(), { filename: "onsend.js" }).runInContext(context);
    assert.deepEqual(Object.keys(outlook.calls.associated), [testSettings.functionName]);
  });

  test("registers nothing and throws nothing when its settings were never rendered", () => {
    const outlook = fakeOutlook();
    const context = bareContext({ outlook, service: fakeService({ answer: answer() }) });

    vm.runInContext(renderedScript(testSettings).replace(JSON.stringify(JSON.stringify(testSettings)), '"__NOTEADDIN_ONSEND_SETTINGS__"'), context);
    assert.deepEqual(Object.keys(outlook.calls.associated), []);
  });

  test("sends at most the 100 000 characters the service takes", async () => {
    const { requests } = await send({ outlook: fakeOutlook({ body: "x".repeat(150_000) }), service: fakeService({ answer: answer() }) });

    assert.equal(requests[0].body.body.length, 100_000);
  });
});
