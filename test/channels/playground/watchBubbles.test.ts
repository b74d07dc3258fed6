// The playground shows a watch's outcome as Telegram does: a hit with [Search suppliers]; a watch
// that ran out with [Search suppliers] and [Keep watching], both bound to the watched request.
import { describe, expect, it } from "vitest";
import { outboxBubble } from "../../../src/channels/playground/render.js";
import type { OutboxMessage } from "../../../src/ports/outbox.js";

const message = (kind: "watch_hit" | "watch_expired", payload: Record<string, unknown>) =>
  ({ id: "m1", platform: "playground", kind, deliveryKey: "k1", threadKey: "request:r5:buyer", attempt: 1, createdAt: new Date(), payload }) as unknown as OutboxMessage;
const to = { platform: "playground", externalId: "b1", language: "fr" };

describe("playground bubbles for a watched request", () => {
  it("a hit names the product and offers the search", () => {
    const b = outboxBubble("fr", message("watch_hit", { requestId: "r5", to, product: "quinoa" }));
    expect(b.lines).toEqual(["🔔 Bonne nouvelle : un vendeur propose maintenant quinoa. Appuyez sur le bouton pour voir qui correspond à votre demande."]);
    expect(b.buttons?.map((x) => x.action)).toEqual([{ kind: "search", requestId: "r5" }]);
  });

  it("a watch that ran out says how long it watched and offers to search or watch again", () => {
    const b = outboxBubble("fr", message("watch_expired", { requestId: "r5", to, product: null, days: 60 }));
    expect(b.lines).toEqual(["🔕 J'ai surveillé le catalogue pendant 60 jours : aucun vendeur ne correspond encore à cette demande. Votre demande est conservée : relancez la recherche maintenant, ou laissez-moi continuer à surveiller."]);
    expect(b.buttons?.map((x) => [x.label, x.action])).toEqual([
      ["Chercher des fournisseurs", { kind: "search", requestId: "r5" }],
      ["Continuer à surveiller", { kind: "watch", requestId: "r5" }],
    ]);
  });
});
