// A request card's revision: a short hash of the structured request it shows. A button carries it,
// so [Search] on a card the buyer has since edited or completed is refused as out of date.
import type { StructuredRequest } from "../../model.js";

export function revisionOf(r: StructuredRequest): string {
  const text = JSON.stringify([r.product, r.quantity, r.destination, r.targetPrice, r.incoterm, r.deadline, r.certifications]);
  // FNV-1a, 32 bits: collisions only matter between two versions of one request.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
