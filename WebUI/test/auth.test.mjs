// The pane's sign-in (src/auth.ts) when the token never comes: a broker or Office single sign-on that does not answer
// must not hold the pane's calls forever. auth.ts is bundled on the fly (esbuild, as build.mjs does) and run in Node
// against a fake of the Outlook adapter it uses.
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const bundled = await build({ entryPoints: [join(here, "..", "src", "auth.ts")], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "warning" });
const { SignIn, tokenTimeoutMs } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString("base64")}`);

const settings = { clientId: "client", authority: "https://login.microsoftonline.com/tenant", scopes: ["api://client/access_as_user"] };

/** Outlook without nested app authentication, whose Office single sign-on answers as the test says. */
function officeSso(getAccessToken) {
  return { supportsNestedAppAuth: () => false, getAccessToken };
}

test("the pane waits a minute at most, long enough for Outlook's sign-in window", () => {
  assert.equal(tokenTimeoutMs, 60_000);
});

test("a token request that never answers fails after the timeout, and the pane is told", async () => {
  const failures = [];
  const signIn = new SignIn(settings, officeSso(() => new Promise(() => {})), (failure) => failures.push(failure), 50);

  const started = performance.now();
  assert.equal(await signIn.token(), null, "the call goes without a token");
  assert.ok(performance.now() - started < 1000);
  assert.deepEqual(failures, [{ kind: "failed", detail: "no answer within 0 s" }]);
  assert.equal(await signIn.token(), null, "remembered until the person retries, not waited for again");
  assert.equal(failures.length, 1);
});

test("calls that arrive meanwhile share the one wait", async () => {
  let asked = 0;
  const signIn = new SignIn(settings, officeSso(() => (asked++, new Promise(() => {}))), () => {}, 50);

  assert.deepEqual(await Promise.all([signIn.token(), signIn.token(), signIn.token()]), [null, null, null]);
  assert.equal(asked, 1);
});

test("Sign in again after a timeout asks anew and uses the token that now comes", async () => {
  const answers = [new Promise(() => {}), Promise.resolve("token-2")];
  const failures = [];
  const signIn = new SignIn(settings, officeSso(() => answers.shift()), (failure) => failures.push(failure), 50);

  assert.equal(await signIn.token(), null);
  assert.equal(await signIn.retry(), true);
  assert.equal(await signIn.token(), "token-2");
  assert.equal(failures.at(-1), null, "the failure is cleared");
});

test("a token in time is used as before", async () => {
  const signIn = new SignIn(settings, officeSso(() => Promise.resolve("token-1")), () => assert.fail("no failure"), 1000);

  assert.equal(await signIn.token(), "token-1");
});
