// Starts signing in (auth.ts does the work) and shows why it failed, with a way to try again. A failure never stops
// the pane: checks go on without a token where the server allows it.
import * as api from "./api";
import type { PaneConfig } from "./api";
import { SignIn, type SignInFailure } from "./auth";
import { $ } from "./dom";
import type { MailHost } from "./office";
import { t } from "./ui-language";

/** Signs in for every call to the service; `checkAgain` runs after the writer asked to sign in again. */
export function startSignIn(config: PaneConfig | null, host: MailHost | null, checkAgain: () => Promise<void>): void {
  const signIn = new SignIn(config?.auth ?? null, host, showSignIn);
  api.setTokenSource(signIn.token, signIn.drop);
  showSignIn(signIn.failure);
  $("sign-in-retry").addEventListener("click", async () => {
    await signIn.retry();
    await checkAgain();
  });
}

function showSignIn(failure: SignInFailure | null): void {
  $("sign-in").hidden = !failure;
  if (!failure) {
    return;
  }
  const failed = failure.kind === "failed";
  $("sign-in-text").textContent = failed ? t.signInFailed : t.signInNeedsOutlook;
  const detail = $("sign-in-detail");
  detail.textContent = failed ? failure.detail : "";
  detail.hidden = !failed;
  const retry = $("sign-in-retry");
  retry.textContent = t.signInRetry;
  retry.hidden = !failed;
}
