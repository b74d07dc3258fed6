// Buyers paste whole emails: a "Subject:" line, a greeting, the body, then a sign-off and a
// signature ("Thanks,\nOlivia Barnes\nTechnical & Purchasing, Broadland Condiments"). The subject
// names the goods as often as the body does, so it stays as a sentence of its own, without its
// label; the signature names the writer and the company, never the goods, so it goes.
import { fold } from "./text.js";

// "Subject:", "Objet :", "Asunto:" opening the message, and the "Re:"/"Fwd:" after it.
const LABEL = String.raw`^\s*(?:subject|subj|objet|asunto|sujet|الموضوع)\s?:`;
const HAS_LABEL = new RegExp(LABEL, "iu");
const SUBJECT = new RegExp(String.raw`${LABEL}\s?(?:(?:re|fw|fwd|tr)\s?:\s?)*`, "iu");
// A line that is only a sign-off: what follows it is the signature.
const SIGN_OFF =
  /^\s*(?:thanks?(?: you| again| in advance)?|many thanks|thx|cheers|best(?: regards| wishes)?|kind regards|warm regards|regards|sincerely(?: yours)?|yours(?: sincerely| faithfully| truly)?|merci(?: d'avance| beaucoup| par avance)?|cordialement|bien a vous|bien cordialement|salutations|bonne journee|saludos(?: cordiales)?|un saludo|gracias(?: de antemano)?|atentamente|شكرا(?: لكم)?|مع التحيه|تحياتي)\s?[,.!]?\s*$/iu;
// A sign-off closing the last line ("… delivered UK. Ta, Hannah", "thx - Dani", "Regards, Wei Ling | Category Manager").
const TRAILING_SIGN_OFF =
  /(?<=[.!?)]\s{0,3})\s*(?:thanks?(?: you)?|many thanks|thx|tks|ta|cheers|best(?: regards)?|kind regards|regards|merci|cordialement|saludos|gracias)\s?[,!-]\s?([^.!?\n\d]{1,60})$/iu;
// …whose rest is a name and a title, not more of the request ("Thanks, we also need olive oil").
const NOT_A_NAME = /(?<![\p{L}])(?:we|i|need|want|looking|also|please|pls|nous|je|on|besoin|cherche|necesitamos|buscamos)(?![\p{L}])/iu;
/** A signature is short: a name, a title, a company, a phone. Longer text after a sign-off is kept. */
const MAX_SIGNATURE_LINES = 6;

/** The message without its subject label and its signature, the subject kept as a first sentence. */
export function messageBody(text: string): string {
  const lines = text.split("\n");
  let end = lines.length;
  for (let i = 1; i < lines.length; i++) {
    if (!SIGN_OFF.test(fold(lines[i]!))) continue;
    const rest = lines.slice(i + 1).filter((l) => l.trim());
    if (rest.length <= MAX_SIGNATURE_LINES) end = i;
    break;
  }
  // (The search starts at the second line, so at least one line is kept.)
  const kept = lines.slice(0, end);
  const last = kept.length - 1;
  const line = kept[last]!;
  const byName = (m: RegExpExecArray | null) => !!m && !NOT_A_NAME.test(m[1] ?? "");
  // (On a line of its own only below the first: "Thanks, we need 2 t of argan oil" is the message.)
  if (byName(TRAILING_SIGN_OFF.exec(line))) kept[last] = line.replace(TRAILING_SIGN_OFF, "");
  else if (last > 0 && byName(TRAILING_SIGN_OFF.exec(` .${line}`))) kept[last] = "";
  if (HAS_LABEL.test(kept[0] ?? "")) {
    const subject = kept[0]!.replace(SUBJECT, "").trim();
    // (A full stop ends the subject's sentence, so its words never run into the greeting.)
    kept[0] = subject && !/[.!?]$/.test(subject) ? `${subject}.` : subject;
  }
  return kept.join("\n");
}
