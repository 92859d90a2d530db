// What the service tells the script when it serves /onsend.js: the script runs where it has no page origin (classic
// Outlook's JavaScript-only runtime loads the file on its own), so it cannot find the API by itself. The service
// replaces the string below with these settings as JSON, rendered for its configured base URL (Addin:BaseUrl), the same
// base URL the manifest was rendered for; the manifest's facts (handler name, pane button) come from the manifest code.

export interface OnSendSettings {
  /** The service's public base URL, without a trailing slash; null when the service has none configured (then every send goes). */
  baseUrl: string | null;
  /** The LaunchEvent's FunctionName: the name to register with Office.actions.associate. */
  functionName: string;
  /** The pane button's control id in the manifest: the alert's button opens the pane through it (Mailbox 1.14). */
  paneCommandId: string;
  /** The pane button's label by language ("en", "de"); the alert's button says the same. */
  paneLabel: Record<string, string>;
  /** Each rule's short title by language and rule id, from the service's rule packs: the alert names problems with them. */
  ruleTitles: Record<string, Record<string, string>>;
}

// Replaced, quotes and all, by the service (Hosting/OnSendScript.cs). Used once, so the bundle holds it once.
const rendered = "__NOTEADDIN_ONSEND_SETTINGS__";

/** The settings the service rendered into this script, or null when it was not rendered (or rendered wrong). */
export function readSettings(text: string = rendered): OnSendSettings | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const settings = value as Partial<OnSendSettings> | null;
  if (
    !settings ||
    typeof settings !== "object" ||
    typeof settings.functionName !== "string" ||
    typeof settings.paneCommandId !== "string" ||
    !(settings.baseUrl === null || typeof settings.baseUrl === "string") ||
    !settings.paneLabel ||
    typeof settings.paneLabel !== "object" ||
    !settings.ruleTitles ||
    typeof settings.ruleTitles !== "object"
  ) {
    return null;
  }
  return settings as OnSendSettings;
}
