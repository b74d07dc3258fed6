// Shared by the two halves of the page: the session id, a DOM helper and the JSON API client.
// No framework, no build. Every value from the server is inserted with textContent (never
// innerHTML), so text that looks like HTML stays text.
/* global localStorage, crypto */
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

  async function api(method, path, body) {
    const url = method === "GET" ? `${path}${path.includes("?") ? "&" : "?"}session=${encodeURIComponent(session)}` : path;
    const res = await fetch(url, {
      method,
      headers: method === "GET" ? {} : { "content-type": "application/json" },
      body: method === "GET" ? undefined : JSON.stringify({ session, ...body }),
    });
    const data = await res.json().catch(() => ({ error: "The server sent an unreadable answer." }));
    if (!res.ok) throw Object.assign(new Error(data.error || "Something went wrong."), { fields: data.fields || [] });
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
      status.textContent = "Loading the demo catalog (first start only)…";
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  // One event stream for both halves; each listens for its own event type.
  const events = new EventSource(`/api/events?session=${encodeURIComponent(session)}`);
  const ready = waitReady();

  return { $, el, api, session, events, ready };
})();
