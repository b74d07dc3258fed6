// Shared by the two halves of the page: the session id, a DOM helper and the JSON API client.
// No framework, no build. Every value from the server is inserted with textContent (never
// innerHTML), so text that looks like HTML stays text.
/* global localStorage, crypto, URLSearchParams */
"use strict";
window.Caravan = (() => {
  const $ = (id) => document.getElementById(id);
  const session = localStorage.getItem("caravan-session") || crypto.randomUUID();
  localStorage.setItem("caravan-session", session);

  function el(tag, opts = {}, children = []) {
    const e = document.createElement(tag);
    if (opts.text !== undefined) e.textContent = String(opts.text);
    if (opts.cls) e.className = opts.cls;
    for (const [k, v] of Object.entries(opts.attrs || {})) e.setAttribute(k, v);
    if (opts.onclick) e.addEventListener("click", opts.onclick);
    for (const c of children) if (c) e.appendChild(c);
    return e;
  }

  // The page's words, from the server's locale files; elements with data-i18n (text),
  // data-i18n-placeholder or data-i18n-label (aria-label) are filled from them.
  let strings = {};
  let language = "en";
  let direction = "ltr";
  let languages = [];
  const listeners = [];
  const s = (key) => strings[key] || key;
  function apply() {
    document.documentElement.lang = language;
    // Arabic reads right to left: the whole page mirrors (the stylesheet uses logical properties).
    document.documentElement.dir = direction;
    for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = s(e.dataset.i18n);
    for (const e of document.querySelectorAll("[data-i18n-placeholder]")) e.setAttribute("placeholder", s(e.dataset.i18nPlaceholder));
    for (const e of document.querySelectorAll("[data-i18n-label]")) e.setAttribute("aria-label", s(e.dataset.i18nLabel));
    const pick = $("language");
    if (pick) {
      if (languages.length && pick.options.length !== languages.length) {
        pick.replaceChildren(...languages.map((l) => Object.assign(document.createElement("option"), { value: l.code, textContent: l.name })));
      }
      pick.value = language;
    }
    for (const f of listeners) f(language);
  }
  async function setLanguage(lang) {
    if (lang === language && Object.keys(strings).length) return;
    const r = await fetch(`/api/strings?lang=${encodeURIComponent(lang)}`).then((x) => x.json()).catch(() => null);
    if (!r || !r.strings) return;
    strings = r.strings;
    language = r.language;
    direction = r.direction === "rtl" ? "rtl" : "ltr";
    languages = Array.isArray(r.languages) ? r.languages : [];
    apply();
  }
  const onLanguage = (f) => listeners.push(f);

  async function api(method, path, body) {
    // The page's language travels with every call, so the server's words (statuses, reasons, errors) match it.
    const url = method === "GET" ? `${path}${path.includes("?") ? "&" : "?"}session=${encodeURIComponent(session)}&lang=${encodeURIComponent(language)}` : path;
    const res = await fetch(url, {
      method,
      headers: method === "GET" ? {} : { "content-type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify({ session, lang: language, ...body }),
    });
    const data = await res.json().catch(() => ({ error: s("pg-error-unreadable") }));
    if (!res.ok) throw Object.assign(new Error(data.error || s("pg-error-generic")), { fields: data.fields || [] });
    return data;
  }

  /** Posts a file as the raw body (the catalog upload); `query` names it and says the page's language. */
  async function upload(path, file, query) {
    const params = new URLSearchParams({ session, lang: language, ...query });
    const res = await fetch(`${path}?${params}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: file });
    const data = await res.json().catch(() => ({ error: s("pg-error-unreadable") }));
    if (!res.ok) throw new Error(data.error || s("pg-error-generic"));
    return data;
  }

  /** Resolves once the demo catalog is loaded (first start seeds it), saying so meanwhile. */
  async function waitReady() {
    const status = $("status");
    for (;;) {
      const { ready } = await api("GET", "/api/status").catch(() => ({ ready: false }));
      if (ready) {
        status.textContent = "";
        return;
      }
      status.textContent = s("pg-loading-catalog");
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  // One event stream for both halves; each listens for its own event type.
  const events = new EventSource(`/api/events?session=${encodeURIComponent(session)}`);
  const ready = waitReady();

  return { $, el, api, upload, session, events, ready, s, setLanguage, onLanguage, lang: () => language };
})();
