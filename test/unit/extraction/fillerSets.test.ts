// The filler word sets are long hand-kept lists: a word listed twice is harmless to the parser but
// hides which list a word was meant for, and a second copy left behind after the first is removed
// keeps a behaviour someone meant to drop. Read from the source, folded as the parser folds them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/extraction/text.js";

const source = readFileSync(new URL("../../../src/core/extraction/fillers.ts", import.meta.url), "utf8");
const sets = [...source.matchAll(/export const (\w+) = set\(`([\s\S]*?)`\)/g)].map((m) => ({ name: m[1] ?? "", words: fold((m[2] ?? "").trim()).split(/\s+/) }));

describe("filler word sets", () => {
  it("are found in fillers.ts", () => {
    expect(sets.map((s) => s.name)).toEqual(expect.arrayContaining(["BOUNDARY_WORDS", "LEADING", "TRAILING", "VAGUE"]));
  });

  it.each(sets.map((s) => [s.name, s.words] as const))("%s lists each word once", (_name, words) => {
    const seen = new Set<string>();
    const repeated = words.filter((w) => (seen.has(w) ? true : (seen.add(w), false)));
    expect(repeated).toEqual([]);
  });
});
