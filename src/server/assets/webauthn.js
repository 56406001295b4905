// Security keys and passkeys (WebAuthn). Progressive enhancement: the buttons stay hidden
// unless this script runs and the browser has the API; every page works without it.
(function () {
  "use strict";
  if (!window.PublicKeyCredential || !navigator.credentials) return;

  function toBytes(b64url) {
    var b64 = b64url.replace(/-/g, "+").replace(/_/g, "/");
    var bin = atob(b64 + "===".slice((b64.length + 3) % 4));
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buf) {
    var bytes = new Uint8Array(buf);
    var bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function post(url, body, csrf) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", "x-csrf-token": csrf },
      body: JSON.stringify(body),
    }).then(function (res) {
      var type = res.headers.get("content-type") || "";
      if (type.indexOf("application/json") === 0) {
        return res.json().then(function (json) {
          if (!res.ok) throw new Error(json.message || res.statusText || "failed");
          return json;
        });
      }
      // Refusals on staff routes come back as the error page (HTML, in the user's language):
      // show its message rather than a JSON parse error. DOMParser documents run no scripts.
      return res.text().then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var message = doc.querySelector("main p");
        throw new Error((message && message.textContent.trim()) || res.statusText || "failed");
      });
    });
  }
  function credentialJSON(cred) {
    var r = cred.response;
    var response = { clientDataJSON: toB64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toB64url(r.attestationObject);
      response.transports = r.getTransports ? r.getTransports() : [];
    } else {
      response.authenticatorData = toB64url(r.authenticatorData);
      response.signature = toB64url(r.signature);
      if (r.userHandle) response.userHandle = toB64url(r.userHandle);
    }
    return {
      id: cred.id,
      rawId: toB64url(cred.rawId),
      type: cred.type,
      response: response,
      clientExtensionResults: cred.getClientExtensionResults(),
      authenticatorAttachment: cred.authenticatorAttachment || undefined,
    };
  }

  document.querySelectorAll("[data-webauthn]").forEach(function (box) {
    var mode = box.getAttribute("data-webauthn");
    var button = box.querySelector("button");
    var error = box.querySelector("[data-webauthn-error]");
    box.hidden = false;
    button.addEventListener("click", function () {
      var d = button.dataset;
      error.hidden = true;
      button.disabled = true;
      post(d.options, { ticket: d.ticket }, d.csrf)
        .then(function (o) {
          o.challenge = toBytes(o.challenge);
          if (mode === "register") {
            o.user.id = toBytes(o.user.id);
            (o.excludeCredentials || []).forEach(function (c) {
              c.id = toBytes(c.id);
            });
            return navigator.credentials.create({ publicKey: o });
          }
          (o.allowCredentials || []).forEach(function (c) {
            c.id = toBytes(c.id);
          });
          return navigator.credentials.get({ publicKey: o });
        })
        .then(function (cred) {
          var nameField = document.getElementById("key-name");
          return post(
            d.verify,
            {
              ticket: d.ticket,
              next: d.next,
              response: credentialJSON(cred),
              name: nameField ? nameField.value : undefined,
            },
            d.csrf,
          );
        })
        .then(function (r) {
          window.location.assign(r.redirect || d.next || "/staff");
        })
        .catch(function (e) {
          error.textContent = e && e.message ? e.message : String(e);
          error.hidden = false;
          button.disabled = false;
        });
    });
  });
})();
