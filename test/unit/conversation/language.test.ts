import { describe, expect, it } from "vitest";
import type { ConversationDeps } from "../../../src/core/conversation/index.js";
import { buyer, keys, useWorld } from "./world.js";

let deps: ConversationDeps;
useWorld((w) => ({ deps } = w));

describe("the language a request is written in", () => {
  it("answers a Spanish or Arabic request in that language, and remembers it", async () => {
    for (const [text, lang] of [["Necesitamos 2 toneladas de aceite de argán orgánico para Rotterdam", "es"], ["نحتاج ٢ طن من زيت الأرغان العضوي إلى روتردام", "ar"]] as const) {
      const b = await buyer(deps, "en");
      const replies = await b.say(text);
      expect(replies[0]).toEqual({ kind: "languageSet", language: lang });
      expect(b.ref.lang).toBe(lang);
      const [request] = await deps.requests.list(b.ref.buyerId, 1);
      expect(request).toBeDefined();
    }
  });

  it("keeps the chat's language when the text is only English-looking (a French buyer typing 'olive oil')", async () => {
    const b = await buyer(deps, "fr");
    expect(keys(await b.say("olive oil"))).toEqual(["clarify-quantity"]);
    expect(b.ref.lang).toBe("fr");
  });

  it("tells a buyer writing in a language it cannot read which languages work, in English and the closest one, and stores nothing", async () => {
    const b = await buyer(deps, "en");
    const replies = await b.say("Wij zoeken twee ton biologische arganolie voor onze winkels in Utrecht, graag snel een offerte");
    const notes = replies.filter((r) => r.kind === "notice");
    // Dutch: English, then French (the closest language Caravan speaks for a Dutch reader).
    expect(notes.map((r) => (r.kind === "notice" ? [r.msg.key, r.lang] : null))).toEqual([["language-unsupported", "en"], ["language-unsupported", "fr"]]);
    const german = await b.say("Wir brauchen zwei Tonnen Arganöl für unsere Geschäfte in Hamburg, bitte schnell");
    expect(german.map((r) => (r.kind === "notice" ? [r.msg.key, r.lang] : r.kind))).toEqual([["language-unsupported", "en"]]);
    expect(keys(replies)).not.toContain("clarify-product");
    expect(await deps.requests.list(b.ref.buyerId, 5)).toEqual([]);
  });
});
