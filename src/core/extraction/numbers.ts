// Numbers as buyers write them: "2,000", "2 000", "2.5k", "2,5", "1.500,50", "two", "deux mille",
// "1.2 million". Works on folded text (lowercase, no accents) and returns offsets into it.
import { words, type Span } from "./text.js";

export interface NumberToken extends Span {
  value: number;
  /** Written in words ("two tons") rather than digits. */
  spelled: boolean;
  /** Preceded by a minus sign ("-5 kg"): never a valid quantity or price. */
  negative?: boolean;
}

// Grouped thousands first (one separator kind, repeated), then plain decimals. Every quantifier is
// bounded and the alternatives cannot overlap, so the scan stays linear.
const NUMERIC =
  /(?<![\d.,])(\d{1,3}(?:([ ,.])\d{3}(?!\d))(?:\2\d{3}(?!\d)){0,4}(?:[.,]\d{1,3}(?!\d))?|\d{1,12}(?:[.,]\d{1,6})?)(?:\s?(k)(?![a-z])|\s?(millions?|mio|mn|millones|millon|مليون)(?![\p{L}])|\s(thousand|mille|mil|الف|الاف)(?![\p{L}])|\s(dozens?|douzaines?|docenas?|دسته|دستات)(?![\p{L}]))?/gu;

/** Reads one numeric literal, deciding which of "," and "." is the decimal mark. */
export function parseNumeral(raw: string): number {
  const s = raw.replace(/\s/g, "");
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let normal: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    normal = s.split(thousands).join("").replace(decimal, ".");
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? "," : ".";
    const parts = s.split(sep);
    const head = parts[0] ?? "";
    const isThousands =
      parts.length > 2 || ((parts[1] ?? "").length === 3 && head.length <= 3 && head !== "0");
    normal = isThousands ? parts.join("") : parts.join(".");
  } else normal = s;
  return Number(normal);
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // Spanish ("uno"/"una" are articles, like "un"/"une")
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60,
  trece: 13, catorce: 14, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinticinco: 25, setenta: 70, ochenta: 80, noventa: 90,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
  seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  // Arabic, folded (ة → ه)
  واحد: 1, اثنين: 2, اثنان: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10, عشرين: 20, ثلاثين: 30, اربعين: 40, خمسين: 50,
  // Maghreb "جوج" (two); duals and hundreds written as one word ("ألفين" 2000, "ميتين" 200, "خمسمية" 500)
  جوج: 2, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90, الفين: 2000, الفان: 2000, ميتين: 200, مئتين: 200, مئتان: 200, مائتين: 200, مائتان: 200,
  ثلاثمائه: 300, ثلاثميه: 300, تلتميه: 300, اربعمائه: 400, اربعميه: 400, خمسمائه: 500, خمسميه: 500, ستمائه: 600, ستميه: 600,
  سبعمائه: 700, سبعميه: 700, ثمانمائه: 800, ثمانميه: 800, تسعمائه: 900, تسعميه: 900,
  // Egyptian and Levantine say "ث" as "ت" and write it so ("تلاتة", "اتنين", "تمانية")
  اتنين: 2, تلات: 3, تلاته: 3, تماني: 8, تمانيه: 8, تلاتين: 30, تمانين: 80,
};
const SCALE: Record<string, number> = {
  dozen: 12, dozens: 12, douzaine: 12, douzaines: 12, centaine: 100, centaines: 100, centenar: 100, centenares: 100, hundred: 100, cent: 100, cents: 100, thousand: 1000, mille: 1000, million: 1e6, millions: 1e6,
  cien: 100, ciento: 100, cientos: 100, mil: 1000, docena: 12, docenas: 12, millon: 1e6, millones: 1e6,
  // "une vingtaine", "una veintena": about twenty, read as twenty.
  dizaine: 10, dizaines: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60,
  decena: 10, decenas: 10, veintena: 20, treintena: 30, cincuentena: 50,
  دسته: 12, دستات: 12, مائه: 100, ميه: 100, مئه: 100, الف: 1000, الاف: 1000, مليون: 1e6,
};
const CONNECTORS = new Set(["and", "et", "y", "و"]);

/** Number words in a row ("two hundred", "deux mille", "quatre vingt dix"). */
function spelledNumbers(folded: string): NumberToken[] {
  const out: NumberToken[] = [];
  const ws = words(folded);
  let i = 0;
  while (i < ws.length) {
    const first = ws[i];
    if (!first || (SMALL[first.text] === undefined && SCALE[first.text] === undefined)) {
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let j = i;
    let last = first;
    for (; j < ws.length; j++) {
      const w = ws[j];
      if (!w) break;
      const prev = ws[j - 1];
      if (j > i && prev && w.start - prev.end > 2) break;
      if (SMALL[w.text] !== undefined) {
        if (w.text.startsWith("vingt") && current === 4) current = 80;
        else current += SMALL[w.text] ?? 0;
      } else if (SCALE[w.text] !== undefined) {
        const scale = SCALE[w.text] ?? 1;
        if (scale < 1000) current = (current || 1) * scale;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
      } else if (CONNECTORS.has(w.text) && j > i && ws[j + 1] && SMALL[ws[j + 1]?.text ?? ""] !== undefined) continue;
      else break;
      last = w;
    }
    const value = total + current;
    // "un"/"une"/"one" alone are articles more often than numbers; quantity.ts decides with the unit.
    out.push({ value, start: first.start, end: last.end, spelled: true });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Every number in the folded text, digits and words, in reading order. */
export function findNumbers(folded: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of folded.matchAll(NUMERIC)) {
    const literal = m[1] ?? "";
    let value = parseNumeral(literal);
    if (m[3]) value *= 1000;
    if (m[4]) value *= 1e6;
    if (m[5]) value *= 1000;
    // "50 dozen", "٥٠ دستة": a count of dozens is twelve times as many pieces.
    if (m[6]) value *= 12;
    if (!Number.isFinite(value)) continue;
    const negative = folded[m.index - 1] === "-" && !/[\p{L}\p{N}]/u.test(folded[m.index - 2] ?? "");
    out.push({ value: round(value), start: m.index, end: m.index + m[0].length, spelled: false, negative });
  }
  // "1.2 million": the word is a multiplier already applied, not a number of its own.
  out.push(...spelledNumbers(folded).filter((w) => !out.some((d) => w.start < d.end && d.start < w.end)));
  return out.sort((a, b) => a.start - b.start);
}

/** Rounds away binary noise (2.5 * 1000 = 2500, 3.2 stays 3.2). */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
