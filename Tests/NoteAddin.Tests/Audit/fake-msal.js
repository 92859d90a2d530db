// Stands in for assets/msal.js in the audit page's sign-in tests: the exports the page uses (msal-load.ts), with
// PublicClientApplication playing the identity platform. window.__msalSetup (set by the test) says whether an account
// is already cached and whether the popup fails; window.__msalCalls records what the page asked for.
(() => {
  const setup = window.__msalSetup || {};
  const calls = (window.__msalCalls = []);
  const tokens = setup.tokens || ["fake-token-1", "fake-token-2", "fake-token-3"];
  let issued = 0;
  let accounts = setup.signedIn ? [{ username: "megan@contoso.example", name: "Megan Bowen" }] : [];

  class InteractionRequiredAuthError extends Error {
    constructor(errorCode) {
      super(errorCode);
      this.errorCode = errorCode;
    }
  }

  const result = (account) => ({
    accessToken: tokens[Math.min(issued++, tokens.length - 1)],
    account,
    expiresOn: new Date(Date.now() + 60 * 60 * 1000),
  });

  class PublicClientApplication {
    constructor(config) {
      calls.push({ type: "new", clientId: config.auth.clientId, authority: config.auth.authority, redirectUri: config.auth.redirectUri });
      this.active = null;
    }
    async initialize() {}
    getActiveAccount() {
      return this.active;
    }
    setActiveAccount(account) {
      this.active = account;
    }
    getAllAccounts() {
      return accounts;
    }
    async acquireTokenSilent(request) {
      calls.push({ type: "silent", scopes: request.scopes, forceRefresh: !!request.forceRefresh });
      if (accounts.length === 0) {
        throw new InteractionRequiredAuthError("no_account");
      }
      return result(request.account);
    }
    async loginPopup(request) {
      calls.push({ type: "loginPopup", scopes: request.scopes, redirectUri: request.redirectUri });
      if (setup.popupError) {
        const error = new Error(setup.popupError);
        error.errorCode = setup.popupError;
        throw error;
      }
      accounts = [{ username: "megan@contoso.example", name: "Megan Bowen" }];
      return result(accounts[0]);
    }
    async clearCache() {
      calls.push({ type: "clearCache" });
      accounts = [];
    }
    async acquireTokenPopup(request) {
      calls.push({ type: "acquireTokenPopup", scopes: request.scopes });
      return result(request.account);
    }
  }

  window.noteAddinMsal = {
    PublicClientApplication,
    InteractionRequiredAuthError,
    createNestablePublicClientApplication: async () => {
      throw new Error("the audit page does not use nested app authentication");
    },
    broadcastResponseToMainFrame: async () => {
      calls.push({ type: "broadcast", url: location.href });
    },
  };
})();
