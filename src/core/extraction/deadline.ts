// Deadlines resolved against a reference date. Month-level phrases ("before march", "fin avril",
// "mid-May", "end of Q1", "avant Noël") and durations ("within 6 weeks", "sous 10 jours") follow
// the house conventions here; named days ("Feb 15", "le 20 décembre", "15/02/2027") go to chrono.
// Only the three locales used: the package root loads all fifteen (some 270 modules, most of the
// rules parser's load time, paid by every command that parses a request).
import * as chronoEn from "chrono-node/en";
import * as chronoEs from "chrono-node/es";
import * as chronoFr from "chrono-node/fr";
import { addDays, addMonths, endOfMonth, isoDate, type YMD } from "./dates.js";
import { nextEaster, nextLunarNewYear } from "./movableFeasts.js";
import { fold, type Span } from "./text.js";

export interface DeadlineResult {
  deadline: string | null;
  spans: Span[];
}

interface Candidate extends Span {
  date: YMD;
  cued: boolean;
  /** A relative day said in passing ("la semaine prochaine"): still cut from the product, never the deadline. */
  chat?: boolean;
}

// English, French, Spanish, then Arabic (folded: ة → ه, أ → ا, ى → ي) in its Gulf/Egyptian,
// Levantine (كانون الثاني، شباط…), Algerian/Tunisian (جانفي، فيفري…) and Moroccan (يوليوز، غشت…) forms.
const MONTHS: ReadonlyArray<readonly [string, number]> = [
  ["january|janvier|janv|jan|enero|يناير|كانون الثاني|جانفي", 1], ["february|fevrier|fevr|fev|feb|febrero|فبراير|شباط|فيفري", 2],
  ["march|mars|mar|marzo|مارس|اذار", 3], ["april|avril|avr|apr|abril|ابريل|نيسان|افريل", 4], ["may|mai|mayo|مايو|ايار|ماي", 5],
  ["june|juin|jun|junio|يونيو|يونيه|حزيران|جوان", 6], ["july|juillet|juil|jul|julio|يوليو|يوليه|تموز|جويليه|يوليوز", 7],
  ["august|aout|aug|agosto|اغسطس|غشت|اوت|اب", 8], ["september|septembre|sept|sep|septiembre|setiembre|سبتمبر|ايلول|شتنبر", 9],
  ["october|octobre|oct|octubre|اكتوبر|تشرين الاول", 10], ["november|novembre|nov|noviembre|نوفمبر|تشرين الثاني|نونبر", 11],
  ["december|decembre|dec|diciembre|ديسمبر|كانون الاول|دجنبر", 12],
];
const MONTH_SRC = MONTHS.map(([s]) => s).join("|");
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(?:${MONTH_SRC})(?![\\p{L}])`, "u");
const monthNumber = (w: string): number => MONTHS.find(([s]) => new RegExp(`^(?:${s})$`).test(w))?.[1] ?? 0;

// Whole words only: "rappelle" does not end with the cue "le".
const CUE =
  /(?<![\p{L}'])(?:antes de|antes del|para|hasta|a mas tardar|entrega|plazo|قبل|بحلول|حتي|في|خلال|موعد|التسليم|التوصيل|before|by|until|till|til|due|in|for|no later than|latest|deadline|delivery|deliver(?:ed)?|needed|need(?:ed)? it|eta|ship(?:ped|ping)?|avant|pour|d'ici|jusqu'a|jusqu' a|en|au plus tard|livraison|livre(?:e|s|es)?|date limite|delai|le|courant|within|sous|dans|the)[\s:]{1,3}(?:the |le |la |l'|fin |end of |el |شهر )?$/u;
const MODIFIER =
  "(end of|the end of|by end of|fin|fin de|fin d'|late|mid|mi|early|beginning of|start of|debut|debut de|debut d'|courant|a finales de|finales de|a fines de|fines de|fin de|a mediados de|mediados de|a principios de|principios de|inicios de|نهايه|اخر|اواخر|منتصف|اوائل|بدايه|اول)";
const MONTH_EXPR = new RegExp(`(?<![\\p{L}])(?:${MODIFIER}[\\s-]{0,2})?(?:شهر\\s)?(${MONTH_SRC})\\.?(?:\\s(20\\d\\d))?(?![\\p{L}])`, "gu");
const QUARTER = /(?<![\p{L}])(?:(end of|the end of|by end of|fin|fin du|by|d'ici|before|avant|start of|debut|early|beginning of)\s(?:the\s|du\s|le\s)?)?q([1-4])(?:\s(20\d\d))?(?![\p{L}\p{N}])/gu;
// Ramadan and the two Eids move about eleven days a year. First days in the Umm al-Qura calendar
// (Saudi Arabia's official one, as ICU's "islamic-umalqura" calendar gives them; sighting elsewhere
// may differ by a day): 1 Ramadan, 1 Shawwal (Eid al-Fitr) and 10 Dhu al-Hijjah (Eid al-Adha).
const RAMADAN_STARTS = ["2026-02-18", "2027-02-08", "2028-01-28", "2029-01-16", "2030-01-05", "2030-12-26"];
const EID_AL_FITR = ["2026-03-20", "2027-03-09", "2028-02-26", "2029-02-14", "2030-02-04"];
const EID_AL_ADHA = ["2026-05-27", "2027-05-16", "2028-05-05", "2029-04-24", "2030-04-13"];
// Folded forms: "ramadán" → "ramadan", "aïd el-fitr" → "aid el-fitr", "عيد الأضحى" → "عيد الاضحي".
// A bare "aid" is the English word, so French "Aïd" counts only with its name or its article ("l'aïd").
const ISLAMIC_HOLIDAY =
  /(?<![\p{L}])(?:(ramadan|ramazan|ramadhan|رمضان)|(?:eid|aid|l'aid)[\s-](?:al|el|ul|e)[\s-]?(fitr|adha|kebir|kabir)|عيد (الفطر|الاضحي|الكبير|الصغير)|(eid|l'aid|العيد))(?![\p{L}])/gu;
const nextOf = (dates: readonly string[], now: string): string | undefined => dates.find((d) => d >= now);
// "Chinese New Year" / "nouvel an chinois" is the lunar one (MOVABLE_FEAST), not 1 January.
const HOLIDAY = /(?<![\p{L}])(?<!(?:chinese|lunar) )(christmas|xmas|noel|navidad|عيد الميلاد|الكريسماس|new year|nouvel an|ano nuevo|راس السنه)(?![\p{L}])(?! (?:chinois|chino|lunaire|lunar|الصينيه|القمريه))/gu;
// Easter ("Pâques", "Pascua", "عيد الفصح") and the lunar New Year move every year (movableFeasts.ts).
const MOVABLE_FEAST =
  /(?<![\p{L}])(?:(easter|paques|pascua|pascuas|عيد الفصح)|(semana santa|holy week|semaine sainte)|(?:chinese|lunar) new year|nouvel an (?:chinois|lunaire)|ano nuevo (?:chino|lunar)|(?:راس السنه|عيد راس السنه|السنه) (?:الصينيه|القمريه)|spring festival)(?![\p{L}])/gu;
// "end of the month", "fin du mois", "a finales de mes", "fin de año", "آخر الشهر", "نهاية السنة".
const PERIOD_END =
  /(?<![\p{L}])(?:end of (?:the )?|fin (?:du |de |d')(?:l')?|(?:a )?(?:finales|fines|fin) de(?:l)? |(?:اخر|نهايه) )(month|mois|year|annee|this month|ce mois|mes|este mes|ano|este ano|الشهر|هذا الشهر|هالشهر|الشهر الحالي|السنه|العام|هذه السنه|هذا العام)(?![\p{L}])/gu;
const YEAR_END = /(?<![\p{L}])(?:end of|the end of|fin|fin de|fin d')\s?(20\d\d)(?![\p{N}])/gu;
const DAY_ONLY = /(?<![\p{L}])(?:by|before|until|on|for|avant|pour|d'ici|jusqu'au|au plus tard)\s(?:the|le)\s(\d{1,2})(?:st|nd|rd|th|er)?(?![\p{L}\p{N}])(?!\s?[/.-]\s?\d)(?!\s?(?:of\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|fev|avr|mai|juin|juil|aout|sept|oct|nov|dec))/gu;
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5,
  sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, quinze: 15, vingt: 20, trente: 30,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, diez: 10, quince: 15, treinta: 30,
  ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, عشره: 10,
};
const NUM = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|treinta|ثلاثه|اربعه|خمسه|سته|عشره)";
const DURATION = new RegExp(
  `(?<![\\p{L}])(within|in|under|sous|dans|d'ici|en|max|maximum|less than|moins de|next|the next|delivery|livraison|lead time|delai|deadline|needed in|eta|dentro de|en un plazo de|plazo de|en menos de|خلال|في غضون|في مده|بعد)\\s(?:the next\\s|les\\s|the\\s|los proximos\\s)?(?:${NUM}\\s?(?:-|to|a|ou|or)\\s?)?${NUM}\\s?(days?|weeks?|wks?|months?|jours?|semaines?|mois|dias|semanas|meses|mes|ايام|يوما|يوم|اسابيع|اسبوع|اشهر|شهور|شهر)(?![\\p{L}])`,
  "gu",
);

// Arabic duals: "خلال اسبوعين" two weeks, "شهرين" two months; the bare singular is one ("خلال شهر"),
// unless a month name follows ("خلال شهر مارس" is during March).
const DUAL_DURATION = /(?<![\p{L}])(?:خلال|في غضون|في مده)\s(اسبوعين|شهرين|يومين)(?![\p{L}])/gu;
const ONE_DURATION = new RegExp(`(?<![\\p{L}])(?:خلال|في غضون|في مده)\\s(اسبوع|شهر|يوم)(?![\\p{L}])(?!\\s(?:واحد\\s)?(?:${MONTH_SRC}))`, "gu");
/** Spanish and Arabic named days ("15 de enero", "20 يناير"); chrono covers English and French. */
const DAY_MONTH = /(?<![\p{L}\p{N}])(\d{1,2})\s?(?:de\s)?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|يناير|كانون الثاني|جانفي|فبراير|شباط|فيفري|مارس|اذار|ابريل|نيسان|افريل|مايو|ايار|ماي|يونيو|يونيه|حزيران|جوان|يوليو|يوليه|تموز|جويليه|يوليوز|اغسطس|غشت|اوت|اب|سبتمبر|ايلول|شتنبر|اكتوبر|تشرين الاول|نوفمبر|تشرين الثاني|نونبر|ديسمبر|كانون الاول|دجنبر)(?:\s(?:de\s|del\s)?(20\d\d))?(?![\p{L}])/gu;
const durationUnit = (u: string): "d" | "w" | "m" => (/^(?:m|شهر|اشهر|شهور)/.test(u) ? "m" : /^(?:w|s|اسبوع|اسابيع)/.test(u) ? "w" : "d");

function resolveMonth(now: YMD, month: number, year: number | null, day: "first" | "mid" | "last"): YMD {
  const build = (y: number): YMD => {
    const d = day === "first" ? 1 : day === "mid" ? 15 : endOfMonth(y, month);
    return { y, m: month, d };
  };
  if (year) return build(year);
  const sameYear = build(now.y);
  return isoDate(sameYear) >= isoDate(now) ? sameYear : build(now.y + 1);
}

function dayOf(modifier: string | undefined): "first" | "mid" | "last" {
  if (!modifier) return "first";
  if (/end|fin|late|نهايه|اخر|اواخر/.test(modifier)) return "last";
  if (/mi|mediados|منتصف/.test(modifier)) return "mid";
  return "first";
}

function ruleCandidates(folded: string, now: YMD): Candidate[] {
  const out: Candidate[] = [];
  const before = (i: number) => folded.slice(Math.max(0, i - 30), i);
  for (const m of folded.matchAll(MONTH_EXPR)) {
    const [, modifier, name = "", year] = m;
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 6);
    // "15 mars", "March 15th": a named day, left to chrono.
    if (/\d\s?(?:er|st|nd|rd|th)?\s?(?:de\s)?$/.test(before(m.index)) || /^\s?\d{1,2}(?!\d)/.test(after)) continue;
    const cued = Boolean(modifier) || Boolean(year) || CUE.test(before(m.index));
    if (!cued || (name.length <= 3 && !modifier && !CUE.test(before(m.index)))) continue;
    const month = monthNumber(name);
    if (!month) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: resolveMonth(now, month, year ? Number(year) : null, dayOf(modifier)), cued: true });
  }
  for (const m of folded.matchAll(QUARTER)) {
    const q = Number(m[2]);
    const last = m[1] ? /end|fin|by|d'ici/.test(m[1]) : false;
    const month = last ? q * 3 : q * 3 - 2;
    out.push({ start: m.index, end: m.index + m[0].length, date: resolveMonth(now, month, m[3] ? Number(m[3]) : null, last ? "last" : "first"), cued: true });
  }
  for (const m of folded.matchAll(HOLIDAY)) {
    const christmas = /christmas|xmas|noel|navidad|الميلاد|الكريسماس/.test(m[1] ?? "");
    const target = christmas ? { y: now.y, m: 12, d: 25 } : { y: now.y + 1, m: 1, d: 1 };
    const date = isoDate(target) >= isoDate(now) ? target : { ...target, y: target.y + 1 };
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: CUE.test(before(m.index)) });
  }
  for (const m of folded.matchAll(MOVABLE_FEAST)) {
    // Holy Week begins on Palm Sunday, a week before Easter.
    const easter = m[1] || m[2] ? nextEaster(now) : null;
    const date = easter ? (m[2] ? addDays(easter, -7) : easter) : nextLunarNewYear(now);
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date, cued: CUE.test(before(m.index)) });
  }
  const nowIso = isoDate(now);
  for (const m of folded.matchAll(ISLAMIC_HOLIDAY)) {
    const [, ramadan, named, arabic, bare] = m;
    const adha = /adha|kebir|kabir|الاضحي|الكبير/.test(named ?? arabic ?? "");
    // A bare "Eid" is whichever of the two comes next.
    const iso = ramadan ? nextOf(RAMADAN_STARTS, nowIso) : bare ? [nextOf(EID_AL_FITR, nowIso), nextOf(EID_AL_ADHA, nowIso)].filter(Boolean).sort()[0] : nextOf(adha ? EID_AL_ADHA : EID_AL_FITR, nowIso);
    const [y, mo, d] = (iso ?? "").split("-").map(Number);
    if (!y || !mo || !d) continue;
    out.push({ start: m.index, end: m.index + m[0].length, date: { y, m: mo, d }, cued: CUE.test(before(m.index)) });
  }
  for (const m of folded.matchAll(PERIOD_END)) {
    const year = /year|annee|ano|السنه|العام/.test(m[1] ?? "");
    const date = year ? { y: now.y, m: 12, d: 31 } : { y: now.y, m: now.m, d: endOfMonth(now.y, now.m) };
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: true });
  }
  for (const m of folded.matchAll(YEAR_END)) {
    out.push({ start: m.index, end: m.index + m[0].length, date: { y: Number(m[1]), m: 12, d: 31 }, cued: true });
  }
  for (const m of folded.matchAll(DAY_ONLY)) {
    // "by the 15th": the next 15th on or after the reference date.
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    let target = { y: now.y, m: now.m, d: day };
    for (let k = 0; k < 3 && (day > endOfMonth(target.y, target.m) || isoDate(target) < isoDate(now)); k++) target = { ...addMonths({ ...target, d: 1 }, 1), d: day };
    if (day <= endOfMonth(target.y, target.m)) out.push({ start: m.index, end: m.index + m[0].length, date: target, cued: true });
  }
  for (const m of folded.matchAll(DURATION)) {
    const n = Number(m[3]) || WORD_NUMBERS[m[3] ?? ""] || 0;
    const unit = m[4] ?? "";
    if (n <= 0) continue;
    const kind = durationUnit(unit);
    const date = kind === "m" ? addMonths(now, n) : addDays(now, kind === "w" ? 7 * n : n);
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: true });
  }
  for (const m of folded.matchAll(DUAL_DURATION)) {
    const kind = durationUnit(m[1] ?? "");
    const date = kind === "m" ? addMonths(now, 2) : addDays(now, kind === "w" ? 14 : 2);
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: true });
  }
  for (const m of folded.matchAll(ONE_DURATION)) {
    const kind = durationUnit(m[1] ?? "");
    const date = kind === "m" ? addMonths(now, 1) : addDays(now, kind === "w" ? 7 : 1);
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: true });
  }
  for (const m of folded.matchAll(DAY_MONTH)) {
    const day = Number(m[1]);
    const month = monthNumber(m[2] ?? "");
    if (!month || day < 1 || day > 31) continue;
    const year = m[3] ? Number(m[3]) : null;
    let date = { y: year ?? now.y, m: month, d: Math.min(day, endOfMonth(year ?? now.y, month)) };
    if (!year && isoDate(date) < isoDate(now)) date = { ...date, y: now.y + 1 };
    out.push({ start: m.index, end: m.index + m[0].length, date, cued: true });
  }
  return out;
}

const DOCUMENT_DATE =
  /(?<![\p{L}])(?:offer|email|e-mail|mail|message|order|invoice|quote|quotation|letter|call|proforma|offre|commande|devis|facture|courriel|appel|oferta|pedido|factura|cotizacion|correo|llamada|عرض|طلب|رساله|فاتوره)(?:\s(?:of|dated|from|du|de|del|en date du|con fecha|بتاريخ))\s?(?:the |le |el )?$/u;
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mie|mié|jue|vie|sab|sáb|dom)\.?$/i;

function chronoCandidates(text: string, folded: string, now: YMD, language: string): Candidate[] {
  const ref = new Date(Date.UTC(now.y, now.m - 1, now.d, 12));
  const parsers = language === "fr" ? [chronoFr, chronoEn] : language === "es" ? [chronoEs, chronoEn] : [chronoEn, chronoFr];
  const out: Candidate[] = [];
  for (const parser of parsers) {
    for (const r of parser.parse(text, ref, { forwardDate: true })) {
      const s = r.start;
      if (!s.isCertain("month") && !s.isCertain("weekday") && !s.isCertain("day")) continue;
      // "NPK 20-10-10", "1-2", "now": numbers and moments that are not deadlines.
      if (/^[\d\s.:-]+$/.test(r.text.trim()) && !/^\d{4}-\d{2}-\d{2}$|^\d{1,2}\.\d{1,2}\.\d{4}$/.test(r.text.trim())) continue;
      if (/^(?:now|right now|today|tonight|maintenant|aujourd'hui|ce soir)$/i.test(r.text.trim())) continue;
      // "pour mon épicerie", "sal de mar", "sun-dried": a weekday abbreviation alone is an ordinary word there.
      if (WEEKDAY_ABBREVIATION.test(r.text.trim()) && !s.isCertain("day") && !s.isCertain("month")) continue;
      const span = { start: r.index, end: r.index + r.text.length };
      if (out.some((c) => c.start < span.end && span.start < c.end)) continue;
      const date = { y: s.get("year") ?? now.y, m: s.get("month") ?? now.m, d: s.get("day") ?? 1 };
      const preceding = folded.slice(Math.max(0, span.start - 30), span.start);
      // "your offer of 12/11", "notre commande du 3 mars": the date of a document, not a deadline.
      if (DOCUMENT_DATE.test(preceding)) continue;
      const cued = CUE.test(preceding);
      // "je reviens vers vous la semaine prochaine", "I'll call tomorrow": a relative day with no
      // delivery cue and no number or month name is chat about the conversation, not a deadline.
      const chat = !cued && !/\d/.test(r.text) && !MONTH_WORD.test(fold(r.text));
      out.push({ ...span, date, cued, ...(chat ? { chat } : {}) });
    }
  }
  return out;
}

/** `text`/`folded` should already have quantities and prices blanked out. */
export function extractDeadline(text: string, folded: string, nowIso: string, language: string): DeadlineResult {
  const [y = 1970, m = 1, d = 1] = nowIso.split("-").map(Number);
  const now = { y, m, d };
  const rules = ruleCandidates(folded, now);
  const chronos = chronoCandidates(text, folded, now, language).filter((c) => !rules.some((r) => c.start < r.end && r.start < c.end));
  const all = [...rules, ...chronos].sort((a, b) => a.start - b.start);
  // "my email last week", "the order of 3 November": a date already past is context, never a deadline.
  const ahead = all.filter((c) => isoDate(c.date) >= nowIso && !c.chat);
  const best = ahead.filter((c) => c.cued).at(-1) ?? ahead.at(-1) ?? null;
  return { deadline: best ? isoDate(best.date) : null, spans: all.map(({ start, end }) => ({ start, end })) };
}
