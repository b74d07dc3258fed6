// The one line of contact details a side agrees to share ("Jane Doe, jane@example.com, +31 …"),
// checked the same way on every channel: the other side must be able to reach them with it.
import { z } from "zod";
import { wellFormed } from "../cleanText.js";

// Something the other side can reach: an e-mail address, a phone number, a web address or a handle.
const REACHABLE = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /\+?\d[\d\s().-]{5,}\d/, /\bhttps?:\/\/\S+|\bwww\.\S+/i, /(^|\s)@\w{3,}/];

/** Whitespace collapsed, lone surrogates replaced, 5–200 characters, no control characters (refused, said), reachable. */
export const contactLineSchema = z
  .string()
  .transform((s) => wellFormed(s).replace(/\s+/g, " ").trim())
  .pipe(
    z.string()
      .min(5, "is too short")
      .max(200, "must be at most 200 characters")
      .regex(/^[^\p{Cc}]*$/u, "must not contain control characters")
      .refine((s) => REACHABLE.some((r) => r.test(s)), "needs an e-mail address, a phone number, a website or an @handle"),
  );
