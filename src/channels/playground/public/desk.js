// The seller desk, Discord-like: pick a demo seller, its lead threads on the left, the open lead
// (request facts, then the thread) on the right with [Send quote], [Decline lead] and
// [Share my contact] opening modal forms, as Discord's buttons open modals, and a composer for
// messages and questions.
/* global FormData */
"use strict";
(() => {
  const { $, el, api, upload, events, ready, s, onLanguage, lang } = window.Caravan;
  const FINAL = ["accepted", "declined_by_buyer", "declined_by_seller", "expired"];
  // An accepted deal stays open for talk and contacts; a declined or expired one does not.
  const CLOSED = ["declined_by_buyer", "declined_by_seller", "expired"];
  const AUTHOR = { seller: "You", buyer: "Buyer", system: "Caravan" };
  const KIND = { question: "question", counter_offer: "counter-offer", quote: "quote", decision: "decision" };
  let openLeadId = null;
  let opener = null;

  const announce = (text) => ($("seller-live").textContent = text);

  async function loadSellers() {
    const [{ sellers }, { seller }, { reasons }] = await Promise.all([api("GET", "/api/sellers"), api("GET", "/api/seller/me"), api("GET", "/api/seller/decline-reasons")]);
    $("seller-select").replaceChildren(...sellers.map((s) => el("option", { text: `${s.name}${s.country ? ` (${s.country})` : ""} — ${s.products} products`, attrs: { value: s.id } })));
    $("d-reason").replaceChildren(...reasons.map((r) => el("option", { text: r.label, attrs: { value: r.value } })));
    if (seller) {
      $("seller-select").value = seller.id;
      await showSeller(seller);
    }
  }

  function showSeller(seller) {
    $("seller-current").textContent = `You are answering as ${seller.name}.`;
    $("catalog").hidden = false;
    return Promise.all([loadLeads(), loadCatalog()]);
  }

  // ---- the played seller's catalog: counts, upload, the last import's report (all as text) ----
  let playing = false;
  function showCatalog(c) {
    playing = true;
    $("catalog-summary").textContent = c.summary;
    const r = c.report;
    if (!r) return $("catalog-report").replaceChildren();
    const parts = r.head.map((line) => el("p", { text: line }));
    if (r.rejectedTitle) parts.push(el("p", { cls: "rejected-title", text: r.rejectedTitle }), el("ul", { cls: "rejected" }, r.problems.map((p) => el("li", { text: p }))));
    if (r.more) parts.push(el("p", { cls: "muted", text: r.more }));
    $("catalog-report").replaceChildren(...parts);
  }
  async function loadCatalog() {
    try {
      showCatalog((await api("GET", `/api/seller/catalog?lang=${encodeURIComponent(lang())}`)).catalog);
    } catch (e) {
      $("catalog-error").textContent = e.message;
    }
  }
  onLanguage(() => playing && void loadCatalog());
  $("catalog-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const file = $("catalog-file").files[0];
    if (!file) return;
    const button = $("catalog-upload");
    $("catalog-error").textContent = "";
    button.disabled = true;
    button.textContent = s("pg-desk-catalog-uploading");
    try {
      showCatalog((await upload("/api/seller/catalog", file, { name: file.name })).catalog);
      $("catalog-file").value = "";
    } catch (e) {
      $("catalog-error").textContent = e.message;
    } finally {
      button.disabled = false;
      button.textContent = s("pg-desk-catalog-upload");
    }
  });

  $("seller-pick").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const { seller } = await api("POST", "/api/seller/select", { sellerId: $("seller-select").value });
      closeLead("Pick a lead.");
      await showSeller(seller);
      announce(`Playing ${seller.name}.`);
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
        attrs: { type: "button", "data-lead": l.introductionId, ...(l.introductionId === openLeadId ? { "aria-current": "true" } : {}) },
        onclick: () => openLead(l.introductionId),
      }, [el("span", { cls: "lead-name", text: l.product || "Request" }), el("span", { cls: `badge status-${l.status}`, text: l.statusLabel })]),
    ])));
  }

  function closeLead(text) {
    openLeadId = null;
    $("lead").replaceChildren(el("p", { cls: "muted", text }));
    $("lead-actions").hidden = true;
    $("seller-msg").hidden = true;
  }

  async function openLead(id) {
    openLeadId = id;
    try {
      const { lead } = await api("GET", `/api/seller/lead?introductionId=${encodeURIComponent(id)}`);
      renderLead(lead);
      const final = FINAL.includes(lead.status);
      $("lead-actions").hidden = CLOSED.includes(lead.status) || (final && lead.sellerSharesContact);
      $("open-quote").hidden = final;
      $("open-decline").hidden = final;
      $("open-contact").hidden = lead.sellerSharesContact;
      $("open-quote").textContent = lead.quotes.length ? "Revise quote" : "Send quote";
      $("seller-msg").hidden = final && lead.status !== "accepted";
      await loadLeads();
    } catch (e) {
      $("lead").replaceChildren(el("p", { cls: "error", text: e.message }));
    }
  }

  function facts(lead) {
    const r = lead.request;
    const q = lead.quotes[lead.quotes.length - 1];
    return [
      ["Quantity", r.quantity && `${r.quantity.value} ${r.quantity.unit}`],
      ["Destination", r.destination && [r.destination.place, r.destination.country].filter(Boolean).join(", ")],
      ["Incoterm", r.incoterm],
      ["Target price", r.targetPrice && `${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? ` / ${r.targetPrice.per}` : ""}`],
      ["Needed by", r.deadline],
      ["Certifications", r.certifications.join(", ")],
      ["Buyer", [lead.buyer.companyType, lead.buyer.country].filter(Boolean).join(", ")],
      ["Matched product", lead.match && `${lead.match.title} (${lead.match.sku})`],
      ["Your quote", q && `v${q.version}: ${q.unitPrice} ${q.currency} / ${q.unit} (${q.status})`],
      ["Contacts", contactState(lead)],
      // The core sends the buyer's contact only once both sides agreed.
      ["Buyer's contact", lead.buyer.contact && (lead.buyer.contact.contact || "none given")],
    ].filter(([, v]) => v);
  }

  function contactState(lead) {
    if (lead.contactsShared) return "exchanged";
    if (lead.sellerSharesContact) return "you agreed to share; waiting for the buyer";
    if (lead.buyerSharesContact) return "the buyer would like to exchange contact details";
    return null;
  }

  function renderLead(lead) {
    const head = el("div", { cls: "thread-head" }, [
      el("h3", { text: `# ${lead.request.product || "Request"}` }),
      el("span", { cls: `badge status-${lead.status}`, text: lead.statusLabel }),
    ]);
    const card = el("dl", { cls: "facts" }, []);
    for (const [k, v] of facts(lead)) card.append(el("dt", { text: k }), el("dd", { text: v }));
    const msgs = el("ol", { cls: "msgs", attrs: { "aria-label": "Thread" } }, lead.messages.map((m) => el("li", { cls: `msg side-${m.side}` }, [
      el("span", { cls: "author", text: AUTHOR[m.side] || m.side }),
      KIND[m.kind] ? el("span", { cls: "kind", text: KIND[m.kind] }) : null,
      el("p", { text: m.text }),
    ])));
    $("lead").replaceChildren(head, card, msgs);
    $("lead").scrollTop = $("lead").scrollHeight;
  }

  // ---- modal forms ----
  function openDialog(dialog, from) {
    opener = from;
    dialog.querySelector(".error").textContent = "";
    dialog.showModal();
  }
  for (const dialog of document.querySelectorAll("dialog.modal")) {
    dialog.querySelector("[data-close]").addEventListener("click", () => dialog.close());
    // Focus goes back to the button that opened it (Escape closes it too, natively).
    dialog.addEventListener("close", () => opener && opener.isConnected && opener.focus());
  }
  // A fresh token each time the quote form opens: sending the same form twice makes one quote.
  let quoteFormToken = "";
  const newToken = () => (window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`);
  $("open-quote").addEventListener("click", (ev) => {
    quoteFormToken = newToken();
    openDialog($("quote-dialog"), ev.currentTarget);
  });
  $("open-decline").addEventListener("click", (ev) => openDialog($("decline-dialog"), ev.currentTarget));
  $("open-contact").addEventListener("click", async (ev) => {
    const from = ev.currentTarget;
    // Typed once per seller: the saved line is offered again, to send or to change.
    const { contact } = await api("GET", "/api/seller/contact").catch(() => ({ contact: null }));
    $("c-contact").value = contact || "";
    openDialog($("contact-dialog"), from);
  });

  async function submitDialog(form, errorId, send) {
    $(errorId).textContent = "";
    try {
      await send();
      form.closest("dialog").close();
      await openLead(openLeadId);
    } catch (e) {
      $(errorId).textContent = e.message;
      const first = e.fields && e.fields[0] && form.elements.namedItem(String(e.fields[0].field).replace(/^quote\./, ""));
      if (first && first.focus) first.focus();
    }
  }

  $("quote-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const quote = {};
    for (const [k, v] of new FormData(ev.target)) if (String(v).trim() !== "") quote[k] = String(v).trim();
    return submitDialog(ev.target, "quote-error", async () => {
      await api("POST", "/api/seller/quote", { introductionId: openLeadId, quote, formToken: quoteFormToken });
      announce("Quote sent to the buyer.");
    });
  });

  $("decline-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(ev.target));
    return submitDialog(ev.target, "decline-error", async () => {
      await api("POST", "/api/seller/decline", { introductionId: openLeadId, reason: data.reason, ...(data.note.trim() ? { note: data.note } : {}) });
      announce(data.reason === "report_spam" ? "Reported as spam: the lead is closed and Caravan will review this buyer." : "Lead declined; the buyer has been told.");
    });
  });

  $("contact-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    return submitDialog(ev.target, "contact-error", async () => {
      const { result } = await api("POST", "/api/seller/contact", { introductionId: openLeadId, contact: $("c-contact").value });
      announce(result.exchanged ? "Contacts exchanged with the buyer." : "Your contact will be shared once the buyer agrees too.");
    });
  });

  $("seller-msg").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const input = $("seller-text");
    const text = input.value.trim();
    if (!text || !openLeadId) return;
    $("seller-error").textContent = "";
    try {
      await api("POST", "/api/seller/message", { introductionId: openLeadId, text, kind: ev.submitter && ev.submitter.value === "question" ? "question" : "text" });
      input.value = "";
      await openLead(openLeadId);
    } catch (e) {
      $("seller-error").textContent = e.message;
    }
  });

  // ---- live updates: redraw what changed, say it in one short sentence ----
  const NEWS = {
    lead: "New lead.", buyer_message: "New message from the buyer.", counter_offer: "The buyer sent a counter-offer.",
    quote_accepted: "The buyer accepted your quote.", lead_closed: "The buyer closed a thread.",
    contact_offer: "The buyer would like to exchange contact details.", contacts: "Contacts exchanged: the buyer's contact is in the lead.",
  };
  events.addEventListener("seller", (ev) => {
    const e = JSON.parse(ev.data);
    if (NEWS[e.kind]) announce(NEWS[e.kind]);
    if (e.introductionId === openLeadId) void openLead(openLeadId);
    else void loadLeads();
  });

  ready.then(loadSellers).catch((e) => ($("status").textContent = e.message));
})();
