// The buyer chat, Telegram-like: bubbles with inline buttons, one composer. A button either sends
// its command at once ([Search], [Introduce], [Accept]…) or puts the composer in a thread mode
// ([Reply], [Ask], [Counter], [Share my contact]) so the next text goes to that seller. The chat is
// restored from the server after a reload; a newer bubble of the same card disables the old one's
// buttons. Every word comes from the server's locale files (window.Caravan.s).
"use strict";
(() => {
  const { $, el, api, events, s, onLanguage, setLanguage } = window.Caravan;
  const chat = $("chat");
  const input = $("message");
  let mode = null;

  // A thread mode's typed text completes this command.
  const COMMANDS = {
    reply: (m, text) => ({ kind: "write", introductionId: m.introductionId, text }),
    ask: (m, text) => ({ kind: "ask", introductionId: m.introductionId, text }),
    counter: (m, text) => ({ kind: "counterText", introductionId: m.introductionId, text }),
    contact: (m, text) => ({ kind: "shareContact", introductionId: m.introductionId, contact: text }),
  };

  // aria-disabled, not disabled: a disabled button would drop the keyboard focus it may hold.
  function disable(keyboard) {
    keyboard.setAttribute("aria-disabled", "true");
    keyboard.classList.add("superseded");
    for (const b of keyboard.querySelectorAll("button")) b.setAttribute("aria-disabled", "true");
  }

  function addBubble(b, who) {
    if (b.key) for (const old of chat.querySelectorAll(".bubble[data-key] .keyboard")) if (old.parentElement.dataset.key === b.key) disable(old);
    const li = el("li", { cls: `bubble from-${who || b.from}` });
    if (b.key) li.dataset.key = b.key;
    const body = el("div", { cls: "body" });
    if (b.title) body.appendChild(el("p", { cls: "title", text: b.title }));
    for (const line of b.lines || []) body.appendChild(el("p", { cls: /^\s/.test(line) ? "line sub-line" : "line", text: line }));
    li.appendChild(body);
    if (b.buttons && b.buttons.length) {
      // Long labels (Introduce <seller>) one per row, short ones (Accept, Counter…) two per row.
      const wide = b.buttons.some((x) => x.label.length > 16);
      const keyboard = el("div", { cls: `keyboard${wide ? " wide" : ""}`, attrs: { role: "group", "aria-label": b.title ? `${s("pg-actions")}: ${b.title}` : s("pg-actions") } });
      for (const btn of b.buttons) keyboard.appendChild(el("button", { text: btn.label, attrs: { type: "button" }, onclick: () => press(btn, keyboard) }));
      li.appendChild(keyboard);
    }
    chat.appendChild(li);
    li.scrollIntoView({ block: "end" });
  }
  const say = (text, who) => addBubble({ lines: [text] }, who);
  const show = (r) => {
    r.bubbles.forEach((b) => addBubble(b));
    if (r.language) setLanguage(r.language);
    return r;
  };
  const failed = (r) => r.bubbles.some((b) => b.from === "error");

  function setMode(next) {
    mode = next;
    $("compose-mode").hidden = !next;
    $("compose-label").textContent = next ? s(`pg-compose-${next.mode}`).replace("{seller}", next.sellerName) : "";
  }
  onLanguage(() => setMode(mode));

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
    // aria-disabled rather than disabled while it runs: a disabled button would drop the keyboard focus.
    if (keyboard.getAttribute("aria-disabled") === "true") return;
    keyboard.setAttribute("aria-disabled", "true");
    try {
      show(await api("POST", "/api/buyer/action", { action: btn.action }));
    } catch (e) {
      say(e.message, "error");
    } finally {
      if (!keyboard.classList.contains("superseded")) keyboard.removeAttribute("aria-disabled");
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
        const r = show(await api("POST", "/api/buyer/action", { action: COMMANDS[mode.mode](mode, text) }));
        // Not understood (a counter without a price, a bad contact line): the mode and the text stay.
        if (failed(r)) input.value = text;
        else setMode(null);
      } else show(await api("POST", "/api/buyer/message", { text }));
    } catch (e) {
      // The mode and the text stay, so the buyer can correct and send again.
      input.value = text;
      say(e.message, "error");
    }
  });

  $("language").addEventListener("change", async (ev) => {
    try {
      show(await api("POST", "/api/buyer/action", { action: { kind: "language", language: ev.target.value } }));
    } catch (e) {
      say(e.message, "error");
    }
  });

  events.addEventListener("buyer", (ev) => addBubble(JSON.parse(ev.data).bubble));

  // The conversation so far, from the server: a reload loses nothing.
  (async () => {
    const r = await api("GET", "/api/buyer/history").catch(() => ({ bubbles: [] }));
    if (r.language) await setLanguage(r.language);
    if (r.bubbles.length) r.bubbles.forEach((b) => addBubble(b));
    else say(s("pg-hello"));
  })();
})();
