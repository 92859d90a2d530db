// Asks before a rewrite with open [placeholders] goes into the mail: brackets in a customer mail look careless.
import { $ } from "./dom";
import { t } from "./ui-language";

let answer: ((ok: boolean) => void) | null = null;

/** True when the writer chose to go ahead with these slots still open. */
export function confirmOpen(open: readonly string[]): Promise<boolean> {
  const dialog = $<HTMLDialogElement>("confirm");
  $("confirm-text").textContent = t.confirmText + open.map((name) => `[${name}]`).join(", ");
  dialog.showModal();
  return new Promise((resolve) => (answer = resolve));
}

export function wireConfirmDialog(): void {
  const dialog = $<HTMLDialogElement>("confirm");
  const close = (ok: boolean) => {
    dialog.close();
    answer?.(ok);
    answer = null;
  };
  $("confirm-insert").addEventListener("click", () => close(true));
  $("confirm-cancel").addEventListener("click", () => close(false));
  dialog.addEventListener("cancel", () => {
    answer?.(false);
    answer = null;
  });
}
