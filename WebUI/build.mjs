// Bundles the task pane and the audit page into AddinService/wwwroot/dist: taskpane.html and audit.html at the root,
// assets/taskpane.{js,css}, assets/audit.{js,css} and assets/audit-worker.js; and the on-send check (Smart Alerts):
// onsend.html at the root, and onsend.js.template, which the service serves as /onsend.js after rendering its
// settings into it (AddinService/Hosting/OnSendScript.cs). The static file middleware serves no ".template" file (an
// unknown type), so the unrendered script is never reachable.
// Run by AddinService's build (WebUI.targets) after `npm ci`; `npm run build` does the same by hand.
import { build } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "AddinService", "wwwroot", "dist");

await rm(out, { recursive: true, force: true });
await mkdir(join(out, "assets"), { recursive: true });

await build({
  entryPoints: [
    { in: join(here, "src", "main.ts"), out: "taskpane" },
    { in: join(here, "src", "taskpane.css"), out: "taskpane" },
    // The audit page (/audit.html) and the Web Worker that reads its CSV files.
    { in: join(here, "src", "audit.ts"), out: "audit" },
    { in: join(here, "src", "audit.css"), out: "audit" },
    { in: join(here, "src", "audit-worker.ts"), out: "audit-worker" },
    // MSAL.js on its own: auth.ts loads it only where the pane signs in through Outlook's broker.
    { in: join(here, "src", "msal.ts"), out: "msal" },
  ],
  outdir: join(out, "assets"),
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ["es2020"], // Outlook on the web, new Outlook and classic Outlook (WebView2) all run modern engines
  format: "iife",
  logLevel: "warning",
});

// The on-send script: ONE classic script. Classic Outlook runs it on its own in a JavaScript-only runtime that has no
// module loader and, in builds before 2403, only ES2016: an IIFE with nothing imported at run time, syntax lowered to
// ES2016 (async functions become generators). Its TypeScript is checked without the DOM (src/onsend/tsconfig.json).
await build({
  entryPoints: [join(here, "src", "onsend", "index.ts")],
  outfile: join(out, "onsend.js.template"),
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ["es2016"],
  format: "iife",
  platform: "neutral",
  logLevel: "warning",
});
await copyFile(join(here, "src", "onsend", "onsend.html"), join(out, "onsend.html"));

await copyFile(join(here, "src", "taskpane.html"), join(out, "taskpane.html"));
await copyFile(join(here, "src", "audit.html"), join(out, "audit.html"));
