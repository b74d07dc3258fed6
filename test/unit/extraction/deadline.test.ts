import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("deadlines against a fixed reference date (2026-11-22)", () => {
  it.each([
    ["argan oil before march", "2027-03-01"],
    ["huile avant mars", "2027-03-01"],
    ["by end of April", "2027-04-30"],
    ["d'ici fin mars", "2027-03-31"],
    ["livraison fin avril", "2027-04-30"],
    ["mid-May please", "2027-05-15"],
    ["by end of Q1", "2027-03-31"],
    ["before Christmas", "2026-12-25"],
    ["avant Noël", "2026-12-25"],
    ["before Feb 15", "2027-02-15"],
    ["by 15 January", "2027-01-15"],
    ["avant le 20 décembre", "2026-12-20"],
    ["avant le 15/02/2027", "2027-02-15"],
    ["deadline 2027-08-30", "2027-08-30"],
    ["within 10 days", "2026-12-02"],
    ["sous 6 semaines", "2027-01-03"],
    ["in 3 weeks", "2026-12-13"],
    ["within 2 months", "2027-01-22"],
    ["before november", "2027-11-01"],
    ["by end of November", "2026-11-30"],
    ["by the 15th", "2026-12-15"],
    ["avant fin 2026", "2026-12-31"],
    ["late April", "2027-04-30"],
    ["au plus tard mi-mars", "2027-03-15"],
    ["dans un mois", "2026-12-22"],
  ])("%s → %s", (text, date) => {
    expect(parse(`2 t dates to Doha, ${text}`).deadline).toBe(date);
  });

  it("resolves a month to the earliest date on or after now", () => {
    expect(parse("avant janvier", "2027-09-01").deadline).toBe("2028-01-01");
  });

  it.each(["ASAP", "urgent", "au plus vite", "we may need more later"])("has no deadline for %s", (text) => {
    expect(parse(`2 t dates to Doha ${text}`).deadline).toBeNull();
  });

  it("does not read quantities, prices, grades or 'now' as dates", () => {
    expect(parse("3.20/kg, 12 tons").deadline).toBeNull();
    expect(parse("NPK 20-10-10 fertilizer").deadline).toBeNull();
    expect(parse("need it now").deadline).toBeNull();
  });
});
