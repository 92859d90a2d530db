// The one call the on-send script makes: POST /api/mail/check (API.md) at the service's absolute URL (the
// JavaScript-only runtime has no page origin to resolve a relative one against). Anything but a 2xx answer with the
// documented shape is an error here; the handler lets the mail go on any error.
import type { OutgoingMail } from "./outlook";

/** The parts of the answer the alert uses; the rest of the contract is the pane's business. */
export interface MailFinding {
  ruleId: string;
  severity: string;
  message: string;
}

export interface MailNote {
  workload: string | null;
  result: { grade: string; findings: MailFinding[] };
}

export interface MailAnswer {
  notes: MailNote[];
}

/** The service refuses longer bodies (API.md); a mail's notes sit above the quoted thread, so its head is what counts. */
export const maxBodyChars = 100_000;

export async function checkMail(baseUrl: string, mail: OutgoingMail, token: string | null, signal?: RuntimeAbortSignal): Promise<MailAnswer> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(`${baseUrl}/api/mail/check`, {
    method: "POST",
    headers,
    body: JSON.stringify({ body: mail.body.slice(0, maxBodyChars), bodyType: "text", subject: mail.subject, language: null }),
    signal,
  });
  if (!response.ok) {
    throw new Error(`the service answered ${response.status}`);
  }
  return readAnswer(await response.json());
}

/** The answer, checked for the fields the alert reads; a body of another shape is as unreadable as no body. */
export function readAnswer(value: unknown): MailAnswer {
  const notes = (value as { notes?: unknown } | null)?.notes;
  if (!Array.isArray(notes)) {
    throw new Error("the answer has no notes");
  }
  return {
    notes: notes.map((note: unknown): MailNote => {
      const { workload, result } = (note ?? {}) as { workload?: unknown; result?: { grade?: unknown; findings?: unknown } };
      if (!result || typeof result.grade !== "string") {
        throw new Error("a note has no result");
      }
      const findings = Array.isArray(result.findings) ? result.findings : [];
      return {
        workload: typeof workload === "string" && workload ? workload : null,
        result: {
          grade: result.grade,
          findings: findings
            .filter((f: unknown): f is MailFinding => typeof (f as MailFinding)?.ruleId === "string")
            .map((f) => ({ ruleId: f.ruleId, severity: String(f.severity), message: typeof f.message === "string" ? f.message : "" })),
        },
      };
    }),
  };
}
