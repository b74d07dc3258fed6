// The buyer chat, Telegram-like: bubbles with inline buttons, one composer. A button either runs
// an action at once ([Search], [Introduce], [Introduce top 3], [More suppliers], [Accept],
// [Decline]) or puts the composer in a thread mode ([Reply], [Ask], [Counter], [Share my contact])
// so the next text goes to that seller.
"use strict";
(() => {
  const { $, el, api, events } = window.Caravan;
  const chat = $("chat");
  const input = $("message");
  let mode = null;

  const PROMPTS = {
    reply: (s) => `Replying to ${s}`,
    ask: (s) => `Your question to ${s}`,
    counter: (s) => `Counter-offer to ${s}: a price (e.g. 16 EUR/kg) and/or a quantity`,
    contact: (s) => `Your contact for ${s} (name, e-mail or phone); they see it only once they share theirs too`,
  };

  function addBubble(b, who) {
    const li = el("li", { cls: `bubble from-${who || b.from}` });
    const body = el("div", { cls: "body" });
    if (b.title) body.appendChild(el("p", { cls: "title", text: b.title }));
    for (const line of b.lines || []) body.appendChild(el("p", { cls: /^\s/.test(line) ? "line sub-line" : "line", text: line }));
    li.appendChild(body);
    if (b.buttons && b.buttons.length) {
      // Long labels (Introduce <seller>) one per row, short ones (Accept, Counter…) two per row.
      const wide = b.buttons.some((x) => x.label.length > 16);
      const keyboard = el("div", { cls: `keyboard${wide ? " wide" : ""}`, attrs: { role: "group", "aria-label": b.title ? `Actions: ${b.title}` : "Actions" } });
      for (const btn of b.buttons) keyboard.appendChild(el("button", { text: btn.label, attrs: { type: "button" }, onclick: () => press(btn, keyboard) }));
      li.appendChild(keyboard);
    }
    chat.appendChild(li);
    li.scrollIntoView({ block: "end" });
  }
  const say = (text, who) => addBubble({ lines: [text] }, who);
  const show = (r) => r.bubbles.forEach((b) => addBubble(b));

  function setMode(next) {
    mode = next;
    $("compose-mode").hidden = !next;
    $("compose-label").textContent = next ? PROMPTS[next.mode](next.sellerName) : "";
  }

  async function press(btn, keyboard) {
    if (btn.compose) {
      setMode(btn.compose);
      input.focus();
      // The contact line is typed once: the saved one is offered again, to send or to change
      // (unless the buyer started typing meanwhile).
      if (btn.compose.mode === "contact" && !input.value) {
        const { contact } = await api("GET", "/api/buyer/contact").catch(() => ({ contact: null }));
        if (contact && !input.value) input.value = contact;
      }
      return;
    }
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    if (keyboard.getAttribute("aria-disabled") === "true") return;
    keyboard.setAttribute("aria-disabled", "true");
    try {
      show(await api("POST", "/api/buyer/action", { action: btn.action }));
    } catch (e) {
      say(e.message, "error");
    } finally {
      keyboard.removeAttribute("aria-disabled");
    }
  }

  $("compose-cancel").addEventListener("click", () => {
    setMode(null);
    input.focus();
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && mode) setMode(null);
  });

  $("composer").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    say(text, "you");
    try {
      if (mode) {
        show(await api("POST", "/api/buyer/action", { action: { type: mode.mode, introductionId: mode.introductionId, text } }));
        setMode(null);
      } else show(await api("POST", "/api/buyer/message", { text }));
    } catch (e) {
      // The mode and the text stay, so the buyer can correct and send again.
      input.value = text;
      say(e.message, "error");
    }
  });

  events.addEventListener("buyer", (ev) => addBubble(JSON.parse(ev.data).bubble));
  say("Hi! Tell me what you want to source, e.g. “2 tonnes of organic argan oil to Rotterdam”.");
})();
