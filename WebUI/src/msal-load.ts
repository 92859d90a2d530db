// Loads MSAL.js (assets/msal.js, bundled on its own from msal.ts) for the pages that sign in: the task pane
// (auth.ts, nested app authentication) and the audit page (audit-signin.ts, the browser's popup flow). One file,
// fetched only by a page that needs it.
import type * as Msal from "@azure/msal-browser";

/** What assets/msal.js (msal.ts) hands over. */
export type MsalLibrary = Pick<typeof Msal, "createNestablePublicClientApplication" | "PublicClientApplication" | "InteractionRequiredAuthError"> & {
  /** From @azure/msal-browser/redirect-bridge: run on the popup's redirect page, hands the answer to the opener. */
  broadcastResponseToMainFrame: () => Promise<void>;
};

declare global {
  interface Window {
    noteAddinMsal?: MsalLibrary;
  }
}

const msalScript = "assets/msal.js";

/** Loads assets/msal.js once (same origin, so the pages' script-src 'self' allows it). */
export function loadMsal(): Promise<MsalLibrary> {
  if (window.noteAddinMsal) {
    return Promise.resolve(window.noteAddinMsal);
  }
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = msalScript;
    script.async = true;
    script.addEventListener("load", () =>
      window.noteAddinMsal ? resolve(window.noteAddinMsal) : reject(new Error(`${msalScript} did not load MSAL`)),
    );
    script.addEventListener("error", () => {
      script.remove();
      reject(new Error(`${msalScript} could not be loaded`));
    });
    document.head.append(script);
  });
}
