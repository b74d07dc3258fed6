// Platform limits count characters (Telegram: UTF-16 code units after entity parsing; Discord:
// characters) and refuse invalid UTF-8. `String.prototype.slice` can cut a surrogate pair in
// half, which leaves a lone surrogate that no platform accepts: every cut of user text goes here.

/** `s` cut to at most `max` UTF-16 code units without splitting a surrogate pair; `ellipsis` is counted in `max`. */
export function cutText(s: string, max: number, ellipsis = ""): string {
  if (s.length <= max) return s;
  const room = Math.max(0, max - ellipsis.length);
  let end = room;
  const code = s.charCodeAt(end - 1);
  // A high surrogate as the last kept unit means its low half would be dropped: keep neither.
  if (end > 0 && code >= 0xd800 && code <= 0xdbff) end -= 1;
  return s.slice(0, end) + (max >= ellipsis.length ? ellipsis : "");
}

/** True when `s` has no lone surrogate (it can be encoded as UTF-8). */
export function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

/** Byte length of `s` in UTF-8 (callback_data and custom ids are limited in bytes). */
export const utf8Length = (s: string): number => Buffer.byteLength(s, "utf8");
