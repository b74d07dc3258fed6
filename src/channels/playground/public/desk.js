// The seller desk, Discord-like: pick a demo seller, its lead threads on the left, the open lead
// (request facts, then the thread) on the right with [Send quote], [Decline lead] and
// [Share my contact] opening modal forms, as Discord's buttons open modals, and a composer for
// messages and questions.
/* global FormData */
"use strict";
(() => {
  const { $, el, api, upload, events, ready, s, onLanguage } = window.Caravan;
  const FINAL = ["accepted", "declined_by_buyer", "declined_by_seller", "expired"];
  // An accepted deal stays open for talk and contacts; a declined or expired one does not.
  const CLOSED = ["declined_by_buyer", "declined_by_seller", "expired"];
  // Every word the desk shows comes from the locale files (pg-desk-*), in the page's language.
  const AUTHORS = ["seller", "buyer", "system"];
  const KINDS = ["question", "counter_offer", "quote", "decision"];
  const fill = (text, vars) => text.replace(/\{(\w+)\}/g, (m, k) => (vars[k] !== undefined ? String(vars[k]) : m));
  let openLeadId = null;
  let opener = null;

  const announce = (text) => ($("seller-live").textContent = text);

  async function loadSellers() {
    const [{ sellers }, { seller }, { reasons }] = await Promise.all([api("GET", "/api/sellers"), api("GET", "/api/seller/me"), api("GET", "/api/seller/decline-reasons")]);
    $("seller-select").replaceChildren(...sellers.map((x) => el("option", {
      text: fill(s("pg-desk-seller-option"), { seller: `${x.name}${x.country ? ` (${x.country})` : ""}`, count: x.products }), attrs: { value: x.id },
    })));
    $("d-reason").replaceChildren(...reasons.map((r) => el("option", { text: r.label, attrs: { value: r.value } })));
    if (seller) {
      $("seller-select").value = seller.id;
      await showSeller(seller);
    }
  }

  function showSeller(seller) {
    $("seller-current").textContent = fill(s("pg-desk-playing-as"), { seller: seller.name });
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
    if (r.warningsTitle) parts.push(el("p", { cls: "warnings-title", text: r.warningsTitle }), el("ul", { cls: "warnings" }, r.warnings.map((w) => el("li", { text: w }))));
    if (r.warningsMore) parts.push(el("p", { cls: "muted", text: r.warningsMore }));
    $("catalog-report").replaceChildren(...parts);
  }
  async function loadCatalog() {
    try {
      showCatalog((await api("GET", "/api/seller/catalog")).catalog);
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
      closeLead(s("pg-desk-pick-lead"));
      await showSeller(seller);
      announce(fill(s("pg-desk-now-playing"), { seller: seller.name }));
    } catch (e) {
      $("seller-current").textContent = e.message;
    }
  });

  async function loadLeads() {
    const { leads } = await api("GET", "/api/seller/leads");
    const list = $("leads");
    if (!leads.length) return list.replaceChildren(el("li", { cls: "muted", text: s("pg-desk-no-leads") }));
    list.replaceChildren(...leads.map((l) => el("li", {}, [
      el("button", {
        attrs: { type: "button", "data-lead": l.introductionId, ...(l.introductionId === openLeadId ? { "aria-current": "true" } : {}) },
        onclick: () => openLead(l.introductionId),
      }, [el("span", { cls: "lead-name", text: l.product || s("pg-desk-request") }), el("span", { cls: `badge status-${l.status}`, text: l.statusLabel })]),
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
      $("open-quote").textContent = s(lead.quotes.length ? "pg-desk-revise-quote" : "pg-desk-send-quote");
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
      [s("pg-desk-fact-quantity"), r.quantity && `${r.quantity.value} ${r.quantity.unit}`],
      [s("pg-desk-fact-destination"), r.destination && [r.destination.place, r.destination.country].filter(Boolean).join(", ")],
      [s("pg-desk-fact-incoterm"), r.incoterm],
      [s("pg-desk-fact-target-price"), r.targetPrice && `${r.targetPrice.amount} ${r.targetPrice.currency}${r.targetPrice.per ? ` / ${r.targetPrice.per}` : ""}`],
      [s("pg-desk-fact-deadline"), r.deadline],
      [s("pg-desk-fact-certifications"), r.certifications.join(", ")],
      [s("pg-desk-fact-buyer"), [lead.buyer.companyType, lead.buyer.country].filter(Boolean).join(", ")],
      [s("pg-desk-fact-match"), lead.match && `${lead.match.title} (${lead.match.sku})`],
      [s("pg-desk-fact-your-quote"), q && `v${q.version}: ${q.unitPrice} ${q.currency} / ${q.unit} (${q.status})`],
      [s("pg-desk-fact-contacts"), contactState(lead)],
      // The core sends the buyer's contact only once both sides agreed.
      [s("pg-desk-fact-buyer-contact"), lead.buyer.contact && (lead.buyer.contact.contact || s("pg-desk-contact-none"))],
    ].filter(([, v]) => v);
  }

  function contactState(lead) {
    if (lead.contactsShared) return s("pg-desk-contacts-exchanged");
    if (lead.sellerSharesContact) return s("pg-desk-contacts-you-agreed");
    if (lead.buyerSharesContact) return s("pg-desk-contacts-buyer-asks");
    return null;
  }

  function renderLead(lead) {
    const head = el("div", { cls: "thread-head" }, [
      el("h3", { text: `# ${lead.request.product || s("pg-desk-request")}` }),
      el("span", { cls: `badge status-${lead.status}`, text: lead.statusLabel }),
    ]);
    const card = el("dl", { cls: "facts" }, []);
    for (const [k, v] of facts(lead)) card.append(el("dt", { text: k }), el("dd", { text: v }));
    const msgs = el("ol", { cls: "msgs", attrs: { "aria-label": s("pg-desk-thread") } }, lead.messages.map((m) => el("li", { cls: `msg side-${m.side}` }, [
      el("span", { cls: "author", text: AUTHORS.includes(m.side) ? s(`pg-desk-author-${m.side}`) : m.side }),
      KINDS.includes(m.kind) ? el("span", { cls: "kind", text: s(`pg-desk-kind-${m.kind}`) }) : null,
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
      announce(s("pg-desk-quote-sent"));
    });
  });

  $("decline-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(ev.target));
    return submitDialog(ev.target, "decline-error", async () => {
      await api("POST", "/api/seller/decline", { introductionId: openLeadId, reason: data.reason, ...(data.note.trim() ? { note: data.note } : {}) });
      announce(s(data.reason === "report_spam" ? "pg-desk-spam-reported" : "pg-desk-declined"));
    });
  });

  $("contact-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    return submitDialog(ev.target, "contact-error", async () => {
      const { result } = await api("POST", "/api/seller/contact", { introductionId: openLeadId, contact: $("c-contact").value });
      announce(s(result.exchanged ? "pg-desk-contacts-done" : "pg-desk-contact-pending"));
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
  const NEWS = ["lead", "buyer_message", "counter_offer", "quote_accepted", "lead_closed", "contact_offer", "contacts"];
  events.addEventListener("seller", (ev) => {
    const e = JSON.parse(ev.data);
    if (NEWS.includes(e.kind)) announce(s(`pg-desk-news-${e.kind}`));
    if (e.introductionId === openLeadId) void openLead(openLeadId);
    else void loadLeads();
  });

  ready.then(loadSellers).catch((e) => ($("status").textContent = e.message));
  // A language change redraws the desk: the sellers, the reasons and the open lead in the new words.
  onLanguage(() => {
    ready.then(async () => {
      await loadSellers();
      if (openLeadId) await openLead(openLeadId);
    }).catch((e) => ($("status").textContent = e.message));
  });
})();
