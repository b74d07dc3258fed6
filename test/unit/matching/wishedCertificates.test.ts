import { describe, expect, it } from "vitest";
import { wishedCertifications } from "../../../src/core/matching/wishedCertificates.js";

describe("wishedCertifications: a certificate the buyer only wishes for", () => {
  it("is a wish when every sentence naming it softens it, in any of the four languages", () => {
    expect([...wishedCertifications("Maple syrup cups, 60 cases. Kosher or halal papers welcome, CFR Jebel Ali.", ["halal", "kosher"])]).toEqual(["halal", "kosher"]);
    expect([...wishedCertifications("Ocean perch fillets, 4 t. MSC would be a plus.", ["msc"])]).toEqual(["msc"]);
    expect([...wishedCertifications("Dattes Aziza, bio de préférence, 2 t pour Lyon", ["organic"])]).toEqual(["organic"]);
    expect([...wishedCertifications("زيت زيتون ٥ طن، يفضل شهادة حلال", ["halal"])]).toEqual(["halal"]);
    expect([...wishedCertifications("Nopal en polvo, sacos de 20 kg; ecológico si puede ser.", ["organic"])]).toEqual(["organic"]);
  });

  it("is required when a sentence names it without softening, even if another one softens it", () => {
    expect(wishedCertifications("Frying oil, halal mandatory, 2 x 20ft to Jebel Ali", ["halal"]).size).toBe(0);
    expect([...wishedCertifications("Halal is a must. Kosher would be a plus.", ["halal", "kosher"])]).toEqual(["kosher"]);
    expect(wishedCertifications("Organic dates please. Organic if possible for the second lot.", ["organic"]).size).toBe(0);
  });
});
