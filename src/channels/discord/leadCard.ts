// The lead card: everything a seller needs to judge a lead at a glance, with the three actions.
// Built from the lead payload (delivery) or a DealView (after an action); the status line sits in
// the footer so it can be edited in place without rebuilding the card from the database.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord-api-types/v10";
import type { QuoteFacts, RequestFacts } from "../../ports/outbox.js";
import { t } from "../../locales/index.js";
import { statusKey } from "../../core/deals/index.js";
import { FINAL_STATUSES, type IntroductionStatus } from "../../core/deals/index.js";
import { customId } from "./customIds.js";
import { LIMITS, fit, fitEmbed } from "./limits.js";
import { md, mdOr } from "./markdown.js";

export interface CardFacts {
  introductionId: string;
  request: RequestFacts;
  buyer: { country: string | null; companyType: string | null };
  match: { sku: string; title: string; reasons: unknown[] } | null;
  status: IntroductionStatus;
  /** The latest quote, shown in the status line. */
  quote?: QuoteFacts | null;
}

const dash = "—";

function quantity(r: RequestFacts): string {
  return r.quantity ? `${r.quantity.value} ${md(r.quantity.unit)}` : dash;
}

function targetPrice(r: RequestFacts): string {
  const p = r.targetPrice;
  return p ? `${p.amount} ${md(p.currency)}${p.per ? ` / ${md(p.per)}` : ""}` : dash;
}

function destination(r: RequestFacts): string {
  const place = [r.destination?.place, r.destination?.country].filter(Boolean).join(", ");
  return md([r.incoterm, place].filter(Boolean).join(" ")) || dash;
}

/** The first key the locale has: a seller-facing wording when there is one, else the shared one. */
function firstOf(lang: string, keys: string[], args: Record<string, string | number>): string | null {
  for (const k of keys) {
    const s = t(lang, k, args);
    if (s !== k) return s;
  }
  return null;
}

/**
 * Match reasons are `{code, ok, params}`, worded like the buyer's shortlist (`reason-<code>`), or
 * `discord-reason-<code>` where the buyer's "your target" must read "the buyer's target" here.
 */
export function whyMatched(lang: string, reasons: unknown[]): string {
  const lines: string[] = [];
  for (const r of reasons) {
    if (!r || typeof r !== "object") continue;
    const { code, ok, params } = r as { code?: unknown; ok?: unknown; params?: unknown };
    const args: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params && typeof params === "object" ? params : {}))
      args[k] = typeof v === "number" ? v : md(Array.isArray(v) ? v.join(", ") : String(v));
    const text = firstOf(lang, [`discord-reason-${String(code)}`, `reason-${String(code)}`], args)
      ?? `${md(String(code ?? "match"))}${Object.keys(args).length ? `: ${Object.values(args).join(", ")}` : ""}`;
    lines.push(`${ok === true ? "✓" : ok === false ? "✗" : "?"} ${text}`);
  }
  return fit(lines.slice(0, 6).join("\n"), 1000) || dash;
}

/** The buyer's kind of company in the seller's language (the profile stores a code). */
const companyType = (lang: string, type: string | null): string | null => (type ? (firstOf(lang, [`company-type-${type}`], {}) ?? md(type)) : null);

export function quoteLine(q: QuoteFacts): string {
  return `v${q.version}: ${q.unitPrice} ${q.currency}/${q.unit}${q.incoterm ? ` ${q.incoterm}${q.incotermPlace ? ` ${q.incotermPlace}` : ""}` : ""}`;
}

/** The footer: status, and the latest quote when there is one. Footers show no markdown: not escaped. */
export function statusLine(lang: string, status: IntroductionStatus, quote?: QuoteFacts | null, extra?: string): string {
  const parts = [`${t(lang, "discord-card-status")}: ${t(lang, statusKey(status))}`];
  if (quote) parts.push(`${t(lang, "discord-card-quote")} ${quoteLine(quote)} (${t(lang, `quote-status-${quote.status}`)})`);
  if (extra) parts.push(extra);
  return fit(parts.join(" · "), LIMITS.footer);
}

export function leadEmbed(lang: string, f: CardFacts): APIEmbed {
  const r = f.request;
  const field = (key: string, value: string, inline = true) => ({ name: t(lang, key), value: fit(value, LIMITS.fieldValue) || dash, inline });
  return fitEmbed({
    title: fit(`${t(lang, "discord-card-title")}: ${mdOr(r.product)}`, LIMITS.embedTitle),
    color: 0xc8872e,
    fields: [
      field("discord-card-quantity", quantity(r)),
      field("discord-card-target-price", targetPrice(r)),
      field("discord-card-destination", destination(r)),
      field("discord-card-deadline", mdOr(r.deadline)),
      field("discord-card-certifications", r.certifications.length ? `${md(r.certifications.join(", "))}${r.certificationsRequired ? ` (${t(lang, "discord-card-required")})` : ""}` : dash),
      field("discord-card-buyer", [f.buyer.country ? md(f.buyer.country) : null, companyType(lang, f.buyer.companyType)].filter(Boolean).join(" · ") || dash),
      field("discord-card-why", `${f.match ? `${md(f.match.title)} (${md(f.match.sku)})\n` : ""}${whyMatched(lang, f.match?.reasons ?? [])}`, false),
    ],
    footer: { text: statusLine(lang, f.status, f.quote) },
  });
}

export function leadButtons(lang: string, introductionId: string, status: IntroductionStatus): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const contact = { type: 2 as const, style: 2 as const, custom_id: customId("contact", introductionId), label: t(lang, "discord-button-contact") };
  // An accepted deal is settled, but the two sides still have to meet: only the contact remains.
  if (status === "accepted") return [{ type: 1, components: [contact] }];
  if (FINAL_STATUSES.includes(status)) return [];
  const quoted = status === "quoted";
  return [
    {
      type: 1,
      components: [
        { type: 2, style: 3, custom_id: customId("quote", introductionId), label: t(lang, quoted ? "discord-button-revise" : "discord-button-quote") },
        { type: 2, style: 2, custom_id: customId("ask", introductionId), label: t(lang, "discord-button-ask") },
        { type: 2, style: 4, custom_id: customId("decline", introductionId), label: t(lang, "discord-button-decline") },
        contact,
      ],
    },
  ];
}

export function leadCard(lang: string, f: CardFacts) {
  return { embeds: [leadEmbed(lang, f)], components: leadButtons(lang, f.introductionId, f.status) };
}
