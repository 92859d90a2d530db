// The audit page's CSV reader, off the page's thread so a 100 000-row export does not freeze it. Gets a File,
// answers progress messages and then the parsed table (or the line of the first byte that is not UTF-8).
import { firstBadUtf8Line, pack, parseCsv, type PackedTable } from "./csv";

export type WorkerRequest = { file: Blob };

export type WorkerAnswer =
  | { type: "progress"; done: number; total: number }
  | { type: "table"; table: PackedTable }
  | { type: "not-utf8"; line: number }
  | { type: "failed"; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(m: WorkerAnswer): void };

scope.onmessage = async (event) => {
  try {
    const bytes = new Uint8Array(await event.data.file.arrayBuffer());
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      scope.postMessage({ type: "not-utf8", line: firstBadUtf8Line(bytes) });
      return;
    }
    const table = parseCsv(text, undefined, (done) => scope.postMessage({ type: "progress", done, total: text.length }));
    const packed = pack(table);
    (scope.postMessage as (m: WorkerAnswer, transfer: Transferable[]) => void)({ type: "table", table: packed }, [packed.lengths.buffer]);
  } catch (error) {
    scope.postMessage({ type: "failed", message: error instanceof Error ? error.name : "error" });
  }
};
