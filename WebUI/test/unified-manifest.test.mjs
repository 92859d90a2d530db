// Microsoft's own tools, offline: office-addin-manifest-converter turns each XML manifest into a unified manifest,
// which must validate against the JSON schema @microsoft/app-manifest ships (draft-04, so ajv-draft-04 and
// ajv-formats) and still run the on-send handler on messageSending with the XML's send mode. The manifests come from
// MANIFESTS (paths joined by the platform's path delimiter; the .NET test renders every send mode), else the
// repository's manifest.xml.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const { convert } = require("office-addin-manifest-converter");
const here = dirname(fileURLToPath(import.meta.url));
const schemas = join(dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");

const manifests = process.env.MANIFESTS ? process.env.MANIFESTS.split(delimiter).filter(Boolean) : [join(here, "..", "..", "manifest.xml")];

function validator(version, file) {
  const path = join(schemas, `v${version}`, file);
  assert.ok(existsSync(path), `@microsoft/app-manifest has no ${file} for manifestVersion ${version}`);
  // Ajv's strict mode stays on, but for strictTypes (the schemas put additionalProperties without type "object");
  // unicodeRegExp off: the localization schema's patterns (an unescaped "]") are valid only without the u flag.
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, "utf8")));
}

/** What the XML says about the on-send check: the LaunchEvent and the runtime's two URLs. */
function onSendOf(xml) {
  const launch = /<LaunchEvent\s+Type="OnMessageSend"\s+FunctionName="([^"]+)"\s+SendMode="([^"]+)"/.exec(xml);
  assert.ok(launch, "the XML manifest has an OnMessageSend LaunchEvent");
  const url = (id) => new RegExp(`<bt:Url id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]+)"`).exec(xml)?.[1];
  const runtime = /<Runtime resid="([^"]+)">\s*<Override type="javascript" resid="([^"]+)"/.exec(xml);
  assert.ok(runtime, "the XML manifest has a runtime with a JavaScript override");
  return { functionName: launch[1], sendMode: launch[2][0].toLowerCase() + launch[2].slice(1), page: url(runtime[1]), script: url(runtime[2]) };
}

for (const manifest of manifests) {
  test(`converts and validates: ${manifest}`, async () => {
    const output = mkdtempSync(join(tmpdir(), "noteaddin-unified-"));
    try {
      await convert(manifest, output);
      const unified = JSON.parse(readFileSync(join(output, "manifest.json"), "utf8"));

      const validate = validator(unified.manifestVersion, "MicrosoftTeams.schema.json");
      assert.ok(validate(unified), `schema errors: ${JSON.stringify(validate.errors, null, 2)}`);
      for (const language of unified.localizationInfo?.additionalLanguages ?? []) {
        const validateLocale = validator(unified.manifestVersion, "MicrosoftTeams.Localization.schema.json");
        const file = JSON.parse(readFileSync(join(output, language.file), "utf8"));
        assert.ok(validateLocale(file), `${language.file}: ${JSON.stringify(validateLocale.errors, null, 2)}`);
      }

      const expected = onSendOf(readFileSync(manifest, "utf8"));
      const extension = unified.extensions.find((e) => e.autoRunEvents);
      assert.ok(extension, "the unified manifest has autoRunEvents");
      const events = extension.autoRunEvents.flatMap((a) => a.events);
      assert.deepEqual(
        events.filter((e) => e.type === "messageSending"),
        [{ type: "messageSending", actionId: expected.functionName, options: { sendMode: expected.sendMode } }],
      );
      const runtime = extension.runtimes.find((r) => r.actions?.some((a) => a.id === expected.functionName));
      assert.ok(runtime, "a runtime runs the handler");
      assert.deepEqual(runtime.code, { page: expected.page, script: expected.script });
    } finally {
      rmSync(output, { recursive: true, force: true });
    }
  });
}
