// MSAL.js as a separate script (assets/msal.js), loaded by auth.ts only where the pane signs in through Outlook's
// broker: the pane starts without parsing it in Development and in Outlooks that use Office's own sign-in, and any
// page of ours that signs in shares this one file.
import { createNestablePublicClientApplication, InteractionRequiredAuthError } from "@azure/msal-browser";

window.noteAddinMsal = { createNestablePublicClientApplication, InteractionRequiredAuthError };
