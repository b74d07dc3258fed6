// A shortlist item as the buyer scans it, in their language: the title first, the seller, then one
// short line per fact — ✓ fits, ✗ does not, ? not stated or not comparable, • stated with nothing
// to compare it with — and the reasons no fact covers ("✗ this is another product: soap").
// Plain text: Telegram escapes it for HTML, the playground shows it as text, so both channels show
// the same lines.
import type { MatchItem } from "./matchRequest.js";
import type { Amount, ItemFacts, Mark, MoqFact, PackFact, PriceFact } from "./itemFacts.js";
import type { Reason } from "./reasons.js";
import { CERTIFICATIONS } from "../model.js";
import { renderReason, type Translate } from "./renderReasons.js";

export interface ItemView {
  title: string;
  /** "Atlas Argan Coop (MA)". */
  seller: string;
  lines: string[];
}

/** Reasons the facts do not already say; shown after them, the product's kind first. */
const KEPT_REASONS = new Set<Reason["code"]>(["type_other", "excluded", "pack_asked", "pack_other", "terms"]);

const mark = (ok: Mark, stated = false) => (ok === true ? "✓" : ok === false ? "✗" : stated ? "•" : "?");
// Units everyone writes the same way; the others (pieces, cartons, pallets, containers) are words.
const SYMBOL: Record<string, string> = { kg: "kg", t: "t", g: "g", lb: "lb", l: "L", ml: "mL", m: "m", m2: "m²" };

export function itemView(t: Translate, lang: string, item: MatchItem): ItemView {
  const p = item.product;
  const kind = item.reasons.filter((r) => r.code === "type_other");
  const others = item.reasons.filter((r) => KEPT_REASONS.has(r.code) && r.code !== "type_other");
  return {
    title: p.title,
    seller: `${p.seller}${p.sellerCountry ? ` (${p.sellerCountry})` : ""}`,
    lines: [...kind.map((r) => renderReason(t, lang, r)), ...factLines(t, lang, item.facts), ...others.map((r) => renderReason(t, lang, r))],
  };
}

/** One line per fact, in the order a buyer checks them: price, MOQ and pack, lead time, certificates, ships-to. */
export function factLines(t: Translate, lang: string, f: ItemFacts): string[] {
  const fmt = new Formatter(t, lang);
  const out = [priceLine(fmt, f.price), moqLine(fmt, f.moq), leadLine(fmt, f.lead)];
  const c = f.certs;
  if (c) {
    const names = (codes: string[]) => codes.map((code) => fmt.cert(code)).join(", ");
    if (!c.asked.length) out.push(`• ${t(lang, "fact-certs-held", { certs: names(c.held) })}`);
    else if (!c.missing.length) out.push(`✓ ${t(lang, "fact-certs-ok", { certs: names(c.satisfied) })}`);
    else out.push(`✗ ${t(lang, "fact-certs-missing", { certs: names(c.missing), held: c.held.length ? names(c.held) : "—" })}`);
  }
  const s = f.ships;
  if (s) {
    const country = fmt.country(s.country);
    out.push(`${mark(s.ok)} ${t(lang, s.ok === null ? "fact-ships-unknown" : s.ok ? "fact-ships-ok" : "fact-ships-no", { country })}`);
  }
  return out;
}

function priceLine(fmt: Formatter, p: PriceFact): string {
  const { t, lang } = fmt;
  if (p.status === "unknown" || p.lo === null || p.hi === null || !p.currency) return `? ${t(lang, "fact-price-unknown")}`;
  const range = p.lo === p.hi ? fmt.num(p.lo) : `${fmt.num(p.lo)}–${fmt.num(p.hi)}`;
  const price = `${range} ${p.currency}${p.per ? `/${fmt.per(p.per)}` : ""}`;
  if (!p.target) return `• ${t(lang, "fact-price-stated", { price })}`;
  const target = `${fmt.num(p.target.amount)} ${p.target.currency}${p.target.per ? `/${fmt.per(p.target.per)}` : ""}`;
  return `${mark(p.ok)} ${t(lang, `fact-price-${p.status}`, { price, target })}`;
}

function moqLine(fmt: Formatter, m: MoqFact): string {
  const { t, lang } = fmt;
  const moq = m.moq ? fmt.amount(m.moq) : "";
  const quantity = m.quantity ? fmt.amount(m.quantity) : "";
  let text = t(lang, `fact-moq-${m.status}`, { moq, quantity });
  if (m.container) {
    const c = m.container;
    text += ` (${t(lang, "fact-container", { count: c.count, size: c.size, tons: `${fmt.num(c.t[0])}–${fmt.num(c.t[1])}`, litres: `${fmt.num(c.l[0])}–${fmt.num(c.l[1])}` })})`;
  }
  const pack = m.pack ? packText(fmt, m.pack) : null;
  // The line is ✗ when either the MOQ or the pack does not suit the order.
  const ok: Mark = m.ok === false || m.pack?.fit === "small" || m.pack?.fit === "large" ? false : m.ok;
  return `${mark(ok, m.status === "stated")} ${text}${pack ? ` · ${pack}` : ""}`;
}

function packText(fmt: Formatter, p: PackFact): string {
  const { t, lang } = fmt;
  const family = p.family ? t(lang, `pack-family-${p.family.replace(" ", "_")}`) : "";
  // Below one litre or kilo, as the label says it: "100 mL", "125 g".
  const size = p.size && (p.size.amount < 1 ? { value: p.size.amount * 1000, unit: p.size.base === "l" ? "ml" : "g" } : { value: p.size.amount, unit: p.size.base });
  const pack = [size ? fmt.amount(size) : "", family].filter(Boolean).join(" ");
  return t(lang, p.fit === "small" ? "fact-pack-small" : p.fit === "large" ? "fact-pack-large" : "fact-pack", { pack });
}

function leadLine(fmt: Formatter, l: ItemFacts["lead"]): string {
  const { t, lang } = fmt;
  if (l.days === null) return `? ${t(lang, "fact-lead-unknown")}`;
  if (!l.deadline) return `• ${t(lang, "fact-lead-stated", { days: l.days })}`;
  return `${mark(l.ok)} ${t(lang, l.ok ? "fact-lead-before" : "fact-lead-after", { days: l.days, deadline: fmt.date(l.deadline) })}`;
}

/** Numbers, units, dates and countries in the buyer's language. */
class Formatter {
  constructor(readonly t: Translate, readonly lang: string) {}

  num(x: number): string {
    const whole = Math.abs(x - Math.round(x)) < 0.005;
    return new Intl.NumberFormat(this.lang, { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(x);
  }

  unit(u: string): string {
    return SYMBOL[u] ?? this.t(this.lang, `unit-${u}`);
  }

  /** The unit after a price's slash: "kg", "L", or a word in the singular ("pc", "20 ft container"). */
  per(u: string): string {
    return SYMBOL[u] ?? this.t(this.lang, `per-${u}`);
  }

  /** A certificate's name ("bio" for organic in French); a code outside the known list as written. */
  cert(code: string): string {
    return (CERTIFICATIONS as readonly string[]).includes(code) ? this.t(this.lang, `cert-${code}`) : code;
  }

  amount(a: Amount): string {
    return `${this.num(a.value)} ${this.unit(a.unit)}`;
  }

  date(iso: string): string {
    // en-GB: "1 March", as the buyer wrote it, rather than the US "March 1".
    return new Intl.DateTimeFormat(this.lang === "en" ? "en-GB" : this.lang, { day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
  }

  country(code: string): string {
    try {
      return new Intl.DisplayNames([this.lang], { type: "region" }).of(code) ?? code;
    } catch {
      return code;
    }
  }
}
