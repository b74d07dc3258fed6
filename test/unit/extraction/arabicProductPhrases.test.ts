// General mechanisms behind the misses of requests-dev14.jsonl (Arabic product phrases): requests
// phrased as "provide us with", joined prepositions and packs around the goods, a second product
// joined by "و", and the buyer's business told before the goods. Sentences are in no eval set.
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.js";

describe("Arabic ways of asking", () => {
  it("reads the goods after 'provide us with', 'we need' (Maghreb) and 'we'd like to buy' (Tunisia)", () => {
    expect(parse("نرجو توفير عدس أحمر مقشور، ١٠ طن، CFR جدة").product).toBe("عدس أحمر مقشور");
    expect(parse("ممكن توفرولنا تمر سكري فاخر، ٣ طن للرياض").product).toBe("تمر سكري فاخر");
    expect(parse("خصنا زيت الأركان التجميلي، 200 لتر، للدار البيضاء").product).toBe("زيت الأركان التجميلي");
    expect(parse("نحبو نشريو حمص كابولي، 5 طن، لتونس").product).toBe("حمص كابولي");
  });

  it("drops a joined 'ب' before the article of the goods", () => {
    expect(parse("يرجى تزويدنا بالكمون المطحون، ٥٠٠ كيلو، للدوحة").product).toBe("الكمون المطحون");
  });

  it("ends the product before a second one joined by 'و', not before a participle of the same goods", () => {
    expect(parse("محتاجين أرز بسمتي هندي وسكر أبيض، ٥ طن من كل صنف، لجدة").product).toBe("أرز بسمتي هندي");
    expect(parse("نبي جمبري مقشر ومجمد، ٢ طن للدمام").product).toBe("جمبري مقشر ومجمد");
  });

  it("leaves a pack with its joined 'in' out of the product", () => {
    expect(parse("نريد دبس تمر بالبراميل، ٣ طن، للبصرة").product).toBe("دبس تمر");
  });
});

describe("Arabic quantities and prices", () => {
  it("counts Maghreb containers and reads plural dinars", () => {
    expect(parse("بغينا 2 كونطونيرات ديال الحمص، CIF الدار البيضاء").quantity).toEqual({ value: 2, unit: "container40" });
    expect(parse("نبي فستق، ٢٠٠ كيلو، السعر ١٢ دنانير أردنية للكيلو").targetPrice).toEqual({ amount: 12, currency: "JOD", per: "kg" });
    expect(parse("نحتاجو سميد، 10 طن، السعر 48000 دينار جزائري للطن").targetPrice).toEqual({ amount: 48000, currency: "DZD", per: "t" });
  });
});

describe("the buyer's business told before the goods", () => {
  it("is never the product", () => {
    expect(parse("نستورد أدوات منزلية من ٢٠١٥، ونبغى الآن صابون الغار، ٥٠٠ قطعة").product).toBe("صابون الغار");
    expect(parse("نحن من أكبر موزعي الحبوب في الأردن، نحتاج عدس أخضر، ٢٠ طن").product).toBe("عدس أخضر");
    expect(parse("بدي أفتح مطعم مشاوي بعمّان، وبدي فحم طبيعي، ٢ طن").product).toBe("فحم طبيعي");
    expect(parse("حنا شركة ديال المواد الغذائية فطنجة، بغينا زيت الزيتون، 10 طن").product).toBe("زيت الزيتون");
  });

  it("reads a request to open an account or for payment terms as no product", () => {
    expect(parse("نرغب في فتح حساب لديكم ومعرفة شروط الدفع والحد الأدنى للطلب").product).toBeNull();
  });
});
