// Arabic pack nouns (folded: أ/إ → ا, ة → ه), one list for every reader: a size right after one is
// the size of each pack ("عبوات ٥ لتر", quantity.ts), and one under a joined "in" ("بعلب", "فبيدونات")
// says how the goods come and ends the product phrase (product.ts). Counted packs as units of an
// order ("٢٠٠ علبة" → pcs) are units.ts's own, since each maps to a unit.
export const ARABIC_PACK_NOUNS = (
  "عبوات عبوه علب علبه اكياس كيس زجاجات زجاجه قوارير قاروره قراعي قرعات صناديق صندوق كراتين كراتن كرتون كرطون " +
  "شكاير شكاره شوالات جوالات اجوله براميل برميل بيدونات بيدون جالونات جالون تنكات تنكه برطمانات برطمان مرطبان " +
  "بواقل بوقال سطول سطل جرادل جردل قوالب قالب جراكن جركن جريكن جريكنات قناني قنينه"
).split(" ");
