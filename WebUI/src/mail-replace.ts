// Replaces one note in the mail Outlook is composing — and only that note — or, when its words cannot be found
// exactly once, inserts the rewrite at the cursor instead. Never writes a body it did not just read.
import { replaceOnce } from "./html-replace";
import type { MailHost } from "./office";

export type MailReplaceOutcome =
  | { kind: "replaced" }
  | { kind: "inserted"; because: "repeated" | "not-found" | "crosses-lines"; count: number };

export async function replaceInMail(host: MailHost, words: string, replacement: string): Promise<MailReplaceOutcome> {
  // Read right before writing: the writer may have typed since the check.
  const kind = await host.bodyKind();
  const body = await host.readBody(kind);
  const found = replaceOnce(body, words, replacement, kind);
  if (found.kind === "replaced") {
    await host.writeBody(found.body, kind);
    return { kind: "replaced" };
  }
  await host.insert(replacement);
  return { kind: "inserted", because: found.kind, count: found.kind === "repeated" ? found.count : 0 };
}
