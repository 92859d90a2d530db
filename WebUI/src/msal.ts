// MSAL.js as a separate script (assets/msal.js), loaded through msal-load.ts only where a page signs in: the pane
// with Outlook's broker (nested app authentication), the audit page with the browser's popup flow. The pane starts
// without parsing it in Development and in Outlooks that use Office's own sign-in, and both pages share this file.
import { createNestablePublicClientApplication, InteractionRequiredAuthError, PublicClientApplication } from "@azure/msal-browser";
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

window.noteAddinMsal = {
  createNestablePublicClientApplication,
  PublicClientApplication,
  InteractionRequiredAuthError,
  broadcastResponseToMainFrame: () => broadcastResponseToMainFrame(),
};
