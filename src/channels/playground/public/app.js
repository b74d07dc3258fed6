// The playground page: no framework, no build. Every value from the server is inserted with
// textContent (never innerHTML), so text that looks like HTML stays text.
/* global localStorage, crypto, FormData */
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const session = localStorage.getItem("caravan-session") || crypto.randomUUID();
  localStorage.setItem("caravan-session", session);
  let replyTo = null;
  let openLeadId = null;

  function el(tag, opts = {}, children = []) {
    const e = document.createElement(tag);
    if (opts.text !== undefined) e.textContent = String(opts.text);
    if (opts.cls) e.className = opts.cls;
    for (const [k, v] of Object.entries(opts.attrs || {})) e.setAttribute(k, v);
    if (opts.onclick) e.addEventListener("click", opts.onclick);
    for (const c of children) e.appendChild(c);
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

  // ---- buyer chat ----
  const chat = $("chat");
  function addBubble(b, who) {
    const li = el("li", { cls: `bubble from-${who || b.from}` });
    if (b.title) li.appendChild(el("p", { cls: "title", text: b.title }));
    for (const line of b.lines || []) li.appendChild(el("p", { cls: "line", text: line }));
    if (b.buttons && b.buttons.length) {
      const row = el("div", { cls: "buttons" });
      for (const btn of b.buttons) row.appendChild(el("button", { text: btn.label, attrs: { type: "button" }, onclick: () => press(btn) }));
      li.appendChild(row);
    }
    chat.appendChild(li);
    li.scrollIntoView({ block: "end" });
  }
  const say = (text, who) => addBubble({ lines: [text] }, who);
  const showBubbles = (r) => r.bubbles.forEach((b) => addBubble(b));

  async function press(btn) {
    if (btn.compose) {
      replyTo = btn.compose;
      $("reply-label").textContent = `Replying to ${btn.compose.sellerName}`;
      $("reply-to").hidden = false;
      $("message").focus();
      return;
    }
    try {
      showBubbles(await api("POST", "/api/buyer/action", { action: btn.action }));
    } catch (e) {
      say(e.message, "error");
    }
  }

  $("reply-cancel").addEventListener("click", () => {
    replyTo = null;
    $("reply-to").hidden = true;
  });

  $("composer").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("message");
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    say(text, "you");
    try {
      if (replyTo) {
        const r = await api("POST", "/api/buyer/action", { action: { type: "reply", introductionId: replyTo.introductionId, text } });
        replyTo = null;
        $("reply-to").hidden = true;
        showBubbles(r);
      } else showBubbles(await api("POST", "/api/buyer/message", { text }));
    } catch (e) {
      say(e.message, "error");
    }
  });

  // ---- seller desk ----
  async function loadSellers() {
    const [{ sellers }, { seller }] = await Promise.all([api("GET", "/api/sellers"), api("GET", "/api/seller/me")]);
    const select = $("seller-select");
    select.replaceChildren(...sellers.map((s) => el("option", { text: `${s.name}${s.country ? ` (${s.country})` : ""} — ${s.products} products`, attrs: { value: s.id } })));
    if (seller) {
      select.value = seller.id;
      showSeller(seller);
    }
  }

  function showSeller(seller) {
    $("seller-current").textContent = `You are answering as ${seller.name}.`;
    return loadLeads();
  }

  $("seller-pick").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const { seller } = await api("POST", "/api/seller/select", { sellerId: $("seller-select").value });
      openLeadId = null;
      $("lead").replaceChildren(el("p", { cls: "muted", text: "Pick a lead." }));
      $("quote-form").hidden = true;
      $("seller-msg").hidden = true;
      await showSeller(seller);
    } catch (e) {
      $("seller-current").textContent = e.message;
    }
  });

  async function loadLeads() {
    const { leads } = await api("GET", "/api/seller/leads");
    const list = $("leads");
    if (!leads.length) return list.replaceChildren(el("li", { cls: "muted", text: "No leads yet." }));
    list.replaceChildren(...leads.map((l) => el("li", {}, [
      el("button", {
        text: `${l.product || "Request"} · ${l.status}`,
        attrs: { type: "button", "aria-current": String(l.introductionId === openLeadId), "data-lead": l.introductionId },
        onclick: () => openLead(l.introductionId),
      }),
    ])));
  }

  async function openLead(id) {
    openLeadId = id;
    try {
      const { lead } = await api("GET", `/api/seller/lead?introductionId=${encodeURIComponent(id)}`);
      renderLead(lead);
      $("quote-form").hidden = ["accepted", "declined_by_buyer", "declined_by_seller", "expired"].includes(lead.status);
      $("seller-msg").hidden = false;
      await loadLeads();
    } catch (e) {
      $("lead").replaceChildren(el("p", { cls: "error", text: e.message }));
    }
  }

  function renderLead(lead) {
    const r = lead.request;
    const lines = [
      `Status: ${lead.status}`,
      r.quantity ? `Quantity: ${r.quantity.value} ${r.quantity.unit}` : null,
      r.destination ? `Destination: ${[r.destination.place, r.destination.country].filter(Boolean).join(", ")}` : null,
      r.incoterm ? `Incoterm: ${r.incoterm}` : null,
      r.targetPrice ? `Target price: ${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? ` / ${r.targetPrice.per}` : ""}` : null,
      r.deadline ? `Needed by: ${r.deadline}` : null,
      r.certifications.length ? `Certifications: ${r.certifications.join(", ")}` : null,
      lead.buyer.country || lead.buyer.companyType ? `Buyer: ${[lead.buyer.companyType, lead.buyer.country].filter(Boolean).join(", ")}` : null,
      lead.match ? `Matched product: ${lead.match.title} (${lead.match.sku})` : null,
    ].filter(Boolean);
    const nodes = [el("h4", { text: r.product || "Request" }), ...lines.map((l) => el("p", { cls: "line", text: l }))];
    if (lead.quotes.length) {
      const q = lead.quotes[lead.quotes.length - 1];
      nodes.push(el("p", { cls: "line", text: `Your quote v${q.version}: ${q.unitPrice} ${q.currency} / ${q.unit} (${q.status})` }));
    }
    for (const m of lead.messages) nodes.push(el("p", { cls: "msg", text: `${m.side === "seller" ? "You" : m.side === "buyer" ? "Buyer" : "Caravan"}: ${m.text}` }));
    $("lead").replaceChildren(...nodes);
  }

  $("quote-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const form = ev.target;
    const data = Object.fromEntries(new FormData(form));
    const quote = {};
    for (const [k, v] of Object.entries(data)) if (String(v).trim() !== "") quote[k] = String(v).trim();
    $("quote-error").textContent = "";
    try {
      await api("POST", "/api/seller/quote", { introductionId: openLeadId, quote });
      await openLead(openLeadId);
    } catch (e) {
      $("quote-error").textContent = e.message;
      const first = e.fields && e.fields[0] && form.elements.namedItem(String(e.fields[0].field).replace(/^quote\./, ""));
      if (first && first.focus) first.focus();
    }
  });

  $("seller-msg").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("seller-text");
    const text = input.value.trim();
    if (!text || !openLeadId) return;
    try {
      await api("POST", "/api/seller/message", { introductionId: openLeadId, text });
      input.value = "";
      await openLead(openLeadId);
    } catch (e) {
      $("quote-error").textContent = e.message;
    }
  });

  // ---- live updates ----
  const events = new EventSource(`/api/events?session=${encodeURIComponent(session)}`);
  events.addEventListener("buyer", (ev) => addBubble(JSON.parse(ev.data).bubble));
  events.addEventListener("seller", (ev) => {
    const e = JSON.parse(ev.data);
    if (e.introductionId === openLeadId) void openLead(openLeadId);
    else void loadLeads();
  });

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

  say("Hi! Tell me what you want to source, e.g. “2 tonnes of organic argan oil to Rotterdam”.");
  void waitReady().then(loadSellers).catch((e) => ($("status").textContent = e.message));
})();
