// Stands in for Microsoft's Office.js in the task pane's browser tests (served instead of the CDN URL).
// It implements the compose calls the pane uses with Office's own signatures: optional options and callback
// arguments, and an AsyncResult with status, value, error and asyncContext delivered asynchronously.
// A test sets window.__officeConfig before the page loads ({host, displayLanguage, officeTheme, mail,
// requirementSets, auth}) and then drives and reads the mailbox through window.__mail: body, bodyType ("html" |
// "text"), selection, to (recipients), inserts, calls, and the options of each Office.auth.getAccessToken call in
// authCalls; auth (below) can be replaced mid-test. A mail given as html (a whole HTML document, as Outlook's
// body.getAsync(Html) returns it) is the truth instead of body: getAsync(Text) then answers its text one line per
// block, body.setAsync(Html) replaces it (each write is kept in writes), and setSelectedDataAsync inserts at the
// cursor, which this fake keeps at the end of the body. subject is the mail's subject; roaming holds
// Office.context.roamingSettings' values and saved the copy the last saveAsync stored. window.__pane.leave() and
// .return() play the writer switching to the mail and back (visibility and window focus, as Outlook's pane sees them). requirementSets maps a set's name to the highest version this "Outlook" supports (NestedAppAuth is
// absent unless a test adds it); auth is {tokens: [...]} handed out in turn (the last one repeats) or {error: {code,
// message}} to make sign-in fail as Office does.
(function () {
  "use strict";
  var config = window.__officeConfig || {};
  var mail = (window.__mail = Object.assign({ body: "", html: null, subject: "", bodyType: "html", selection: "", to: [], inserts: [], writes: [], calls: [], authCalls: [], roaming: {}, saved: null }, config.mail || {}));

  var CoercionType = { Text: "text", Html: "html", Matrix: "matrix", Table: "table", Image: "image", Ooxml: "ooxml", SlideRange: "slideRange", XmlSvg: "xmlSvg" };
  var AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
  var HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
  var PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
  var EventType = { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" };

  // Office accepts (options, callback), (callback) or nothing after the required arguments.
  function optionsAndCallback(rest) {
    var options = {};
    var callback;
    for (var i = 0; i < rest.length; i++) {
      if (typeof rest[i] === "function") callback = rest[i];
      else if (rest[i] && typeof rest[i] === "object") options = rest[i];
    }
    return { options: options, callback: callback };
  }

  function reply(callback, options, value, error) {
    if (!callback) return;
    var result = {
      status: error ? AsyncResultStatus.Failed : AsyncResultStatus.Succeeded,
      value: error ? undefined : value,
      error: error ? { name: error.name, message: error.message, code: error.code } : undefined,
      asyncContext: options.asyncContext,
    };
    setTimeout(function () { callback(result); }, 0);
  }

  function invalid(name) {
    return { name: "InvalidParameterValue", message: "The value of " + name + " is not valid.", code: 9000 };
  }

  function textToHtml(text) {
    return "<html><body><div>" + String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>") + "</div></body></html>";
  }

  function htmlToText(html) {
    var div = document.createElement("div");
    div.innerHTML = html.replace(/<br\s*\/?>/gi, "\n");
    return div.textContent || "";
  }

  // Outlook's getAsync(Text) of an HTML body: the text a reader sees, one line per block, no <style> or <head>.
  var blockTags = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;
  function documentText(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var out = "";
    function newline() { if (out && out[out.length - 1] !== "\n") out += "\n"; }
    function walk(node) {
      if (node.nodeType === 3) { out += node.data.replace(/[ \t\r\n]+/g, " "); return; }
      if (node.nodeType !== 1 || /^(STYLE|SCRIPT|HEAD|TITLE|TEMPLATE)$/.test(node.tagName)) return;
      if (node.tagName === "BR") { out += "\n"; return; }
      var block = blockTags.test(node.tagName);
      if (block) newline();
      for (var child = node.firstChild; child; child = child.nextSibling) walk(child);
      if (block) newline();
    }
    walk(doc.body);
    return out.split("\n").map(function (line) { return line.trim(); }).join("\n").trim();
  }

  // The cursor of an HTML mail: where the writer would type next. Outlook puts it at the top of a fresh reply;
  // here it is the end of the body, so an insert never lands inside a note a test looks at.
  function insertIntoHtml(html, fragment) {
    var end = html.search(/<\/body>/i);
    return end < 0 ? html + fragment : html.slice(0, end) + fragment + html.slice(end);
  }

  function escapeHtml(text) {
    return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>");
  }

  var formatError = { name: "InvalidFormatError", message: "The format of the specified data object is not valid.", code: 2006 };

  var body = {
    getAsync: function (coercionType) {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      mail.calls.push("body.getAsync");
      if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html) return reply(a.callback, a.options, null, invalid("coercionType"));
      if (mail.html !== null) return reply(a.callback, a.options, coercionType === CoercionType.Text ? documentText(mail.html) : mail.html);
      reply(a.callback, a.options, coercionType === CoercionType.Text ? mail.body : textToHtml(mail.body));
    },
    // setAsync(data, [options], [callback]) (Mailbox 1.3): replaces the whole body.
    setAsync: function (data) {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      mail.calls.push("body.setAsync");
      if (typeof data !== "string") return reply(a.callback, a.options, null, invalid("data"));
      var coercionType = a.options.coercionType || CoercionType.Text;
      if (coercionType === CoercionType.Html && mail.bodyType === "text") return reply(a.callback, a.options, null, formatError);
      mail.writes.push({ data: data, coercionType: coercionType });
      if (coercionType === CoercionType.Html) mail.html = data;
      else if (mail.html !== null) mail.html = "<html><body>" + escapeHtml(data) + "</body></html>";
      else mail.body = data;
      reply(a.callback, a.options, undefined);
    },
    getTypeAsync: function () {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 0));
      mail.calls.push("body.getTypeAsync");
      reply(a.callback, a.options, mail.bodyType === "text" ? CoercionType.Text : CoercionType.Html);
    },
    setSelectedDataAsync: function (data) {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      mail.calls.push("body.setSelectedDataAsync");
      if (typeof data !== "string") return reply(a.callback, a.options, null, invalid("data"));
      var coercionType = a.options.coercionType || CoercionType.Text;
      if (coercionType === CoercionType.Html && mail.bodyType === "text") {
        return reply(a.callback, a.options, null, formatError);
      }
      mail.inserts.push({ data: data, coercionType: coercionType });
      if (mail.html !== null) {
        mail.html = insertIntoHtml(mail.html, coercionType === CoercionType.Html ? data : escapeHtml(data));
        mail.selection = "";
        return reply(a.callback, a.options, undefined);
      }
      var text = coercionType === CoercionType.Html ? htmlToText(data) : data;
      // Like Outlook: replace the selection when there is one, else insert at the cursor (here: the end).
      if (mail.selection && mail.body.indexOf(mail.selection) >= 0) mail.body = mail.body.replace(mail.selection, text);
      else mail.body = mail.body + text;
      mail.selection = "";
      reply(a.callback, a.options, undefined);
    },
  };

  // Compose mode's Recipients: getAsync([options], [callback]) answers EmailAddressDetails[].
  var to = {
    getAsync: function () {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 0));
      mail.calls.push("to.getAsync");
      reply(a.callback, a.options, mail.to.map(function (r) {
        return { emailAddress: r.emailAddress, displayName: r.displayName || r.emailAddress, recipientType: r.recipientType || "externalUser" };
      }));
    },
  };

  // Compose mode's Subject: getAsync([options], [callback]) answers the subject line.
  var subject = {
    getAsync: function () {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 0));
      mail.calls.push("subject.getAsync");
      reply(a.callback, a.options, mail.subject);
    },
  };

  // Office.context.roamingSettings: get/set/remove work on the copy in memory, saveAsync stores it in the mailbox.
  var roamingSettings = {
    get: function (name) { return Object.prototype.hasOwnProperty.call(mail.roaming, name) ? mail.roaming[name] : null; },
    set: function (name, value) { mail.roaming[name] = value; },
    remove: function (name) { delete mail.roaming[name]; },
    saveAsync: function () {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 0));
      mail.calls.push("roamingSettings.saveAsync");
      mail.saved = JSON.parse(JSON.stringify(mail.roaming));
      reply(a.callback, a.options, undefined);
    },
  };

  var item = {
    itemType: "message",
    body: body,
    to: to,
    subject: subject,
    getSelectedDataAsync: function (coercionType) {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 1));
      mail.calls.push("getSelectedDataAsync");
      if (coercionType !== CoercionType.Text && coercionType !== CoercionType.Html) return reply(a.callback, a.options, null, invalid("coercionType"));
      reply(a.callback, a.options, { data: mail.selection, sourceProperty: "body" });
    },
  };

  var host = "host" in config ? config.host : HostType.Outlook;

  // Office.context.requirements.isSetSupported(name, [minVersion]): true when this host's version of the set is at
  // least minVersion ("1.1" style, compared part by part).
  var requirementSets = config.requirementSets || { Mailbox: "1.14" };
  function isSetSupported(name, minVersion) {
    var have = requirementSets[name];
    if (!have) return false;
    if (minVersion === undefined || minVersion === null) return true;
    var a = String(have).split(".").map(Number);
    var b = String(minVersion).split(".").map(Number);
    for (var i = 0; i < Math.max(a.length, b.length); i++) {
      var x = a[i] || 0;
      var y = b[i] || 0;
      if (x !== y) return x > y;
    }
    return true;
  }

  // Office.auth.getAccessToken([options]): a promise of the token, or a rejection with {name, message, code}.
  // Read at each call (window.__mail.auth), so a test can make a later sign-in succeed.
  mail.auth = config.auth || { error: { code: 13001, message: "The user is not signed in to Office." } };
  var tokenIndex = 0;
  var auth = {
    getAccessToken: function (options) {
      mail.calls.push("auth.getAccessToken");
      mail.authCalls.push(options || {});
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          var authConfig = mail.auth;
          if (authConfig.error) {
            reject({ name: "Error", message: authConfig.error.message, code: authConfig.error.code });
            return;
          }
          var tokens = authConfig.tokens || [];
          resolve(tokens[Math.min(tokenIndex++, tokens.length - 1)]);
        }, 5);
      });
    },
  };
  var mailbox = {
    item: config.noItem ? undefined : item,
    addHandlerAsync: function (eventType, handler) {
      var a = optionsAndCallback(Array.prototype.slice.call(arguments, 2));
      reply(a.callback, a.options, undefined);
    },
  };

  // The pane as the writer leaves it for the mail and comes back: hidden, then visible and focused again.
  var visibility = null;
  Object.defineProperty(document, "visibilityState", { configurable: true, get: function () { return visibility || "visible"; } });
  Object.defineProperty(document, "hidden", { configurable: true, get: function () { return visibility === "hidden"; } });
  window.__pane = {
    leave: function () {
      visibility = "hidden";
      document.dispatchEvent(new Event("visibilitychange"));
      window.dispatchEvent(new Event("blur"));
    },
    return: function () {
      visibility = "visible";
      document.dispatchEvent(new Event("visibilitychange"));
      window.dispatchEvent(new Event("focus"));
    },
  };

  window.Office = {
    CoercionType: CoercionType,
    AsyncResultStatus: AsyncResultStatus,
    HostType: HostType,
    PlatformType: PlatformType,
    EventType: EventType,
    auth: auth,
    context: host === HostType.Outlook
      ? { displayLanguage: config.displayLanguage || "en-US", officeTheme: config.officeTheme, mailbox: mailbox, requirements: { isSetSupported: isSetSupported }, roamingSettings: roamingSettings }
      : { displayLanguage: undefined },
    onReady: function (callback) {
      var info = { host: host, platform: host ? PlatformType.OfficeOnline : null };
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === "function") callback(info);
          resolve(info);
        }, 10);
      });
    },
  };
})();
