import { describe, expect, it } from "vitest";
import { cutText, isWellFormed, utf8Length } from "../../src/core/textCut.js";

describe("cutText", () => {
  it("never leaves half an emoji", () => {
    const s = "ab😀cd";
    expect(cutText(s, 3)).toBe("ab");
    expect(isWellFormed(cutText(s, 3))).toBe(true);
    expect(cutText(s, 4)).toBe("ab😀");
  });
  it("keeps short text and counts the ellipsis", () => {
    expect(cutText("hello", 5, "…")).toBe("hello");
    expect(cutText("hello world", 6, "…")).toBe("hello…");
    expect(cutText("hello world", 6, "…").length).toBe(6);
  });
  it("detects lone surrogates and counts UTF-8 bytes", () => {
    expect(isWellFormed("ok😀")).toBe(true);
    expect(isWellFormed("😀".slice(0, 1))).toBe(false);
    expect(isWellFormed("\udc00x")).toBe(false);
    expect(utf8Length("é😀")).toBe(6);
  });
});
