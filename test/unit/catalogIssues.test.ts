// Row and file issues are data; the admin CLI words them in English (issueText.ts, unchanged
// sentences) and the seller channels through the locale files (catalogIssues.ts). Every code is
// checked in both: a code wired to the wrong Fluent key, or a CLI sentence reworded, fails here.
import { describe, expect, it } from "vitest";
import type { RowIssue, RowIssueCode } from "../../src/core/catalog/rowIssues.js";
import type { FileIssue, FileIssueCode } from "../../src/core/catalog/fileIssues.js";
import { HEADER_EXAMPLES, columnFor } from "../../src/core/catalog/columnMap.js";
import type { FileWarning, FileWarningCode } from "../../src/core/catalog/fileWarnings.js";
import { fileIssueText, fileWarningText, rowIssueText } from "../../src/adapters/catalog/issueText.js";
import { FILE_ISSUE_KEYS, FILE_WARNING_KEYS, ROW_ISSUE_KEYS, fileIssueMessage, fileWarningMessage, rowIssueMessage } from "../../src/locales/catalogIssues.js";
import { availableLanguages, hasMessage } from "../../src/locales/index.js";

type RowSample = { issue: RowIssue; cli: string; en: string; fr: string };

// One sample per code: the CLI's exact sentence, and what an English and a French seller read.
const ROWS: Record<Exclude<RowIssueCode, "text">, RowSample> = {
  required_empty: { issue: { code: "required_empty", column: "sku" }, cli: "sku is empty (required)", en: "sku is empty (it is required)", fr: "sku est vide (obligatoire)" },
  too_long: { issue: { code: "too_long", column: "title", max: 300 }, cli: "title is longer than 300 characters", en: "title is longer than 300 characters", fr: "title dépasse 300 caractères" },
  not_a_number: {
    issue: { code: "not_a_number", column: "price_min" },
    cli: "price_min must be a number (use . for decimals, no currency sign)",
    en: "price_min must be a number (use . for decimals, no currency sign)",
    fr: "price_min doit être un nombre (utilisez le point . pour les décimales, sans symbole monétaire)",
  },
  negative: { issue: { code: "negative", column: "moq" }, cli: "moq must not be negative", en: "moq must not be negative", fr: "moq ne peut pas être négatif" },
  too_large: { issue: { code: "too_large", column: "moq", max: 1e9 }, cli: "moq is absurdly large (over 1,000,000,000)", en: "moq is far too large (over 1,000,000,000)", fr: "moq est beaucoup trop grand (plus de 1\u202f000\u202f000\u202f000)" },
  not_whole: { issue: { code: "not_whole", column: "lead_time_days" }, cli: "lead_time_days must be a whole number", en: "lead_time_days must be a whole number", fr: "lead_time_days doit être un nombre entier" },
  moq_zero: { issue: { code: "moq_zero" }, cli: "moq must be greater than 0 (leave it empty if there is no minimum)", en: "moq must be greater than 0 (leave it empty if there is no minimum)", fr: "moq doit être supérieur à 0 (laissez la case vide s'il n'y a pas de minimum)" },
  price_min_above_max: { issue: { code: "price_min_above_max", min: 30, max: 20 }, cli: "price_min (30) is greater than price_max (20)", en: "price_min (30) is greater than price_max (20)", fr: "price_min (30) est supérieur à price_max (20)" },
  unknown_unit: {
    issue: { code: "unknown_unit", value: "furlongs" },
    cli: 'unit "furlongs" is unknown; use one of kg, t, g, lb, l, ml, pcs, m, m2, carton, pallet, container20, container40',
    en: "the unit “furlongs” is unknown; use one of kg, t, g, lb, l, ml, pcs, m, m2, carton, pallet, container20, container40",
    fr: "l'unité « furlongs » est inconnue ; utilisez l'une de celles-ci : kg, t, g, lb, l, ml, pcs, m, m2, carton, pallet, container20, container40",
  },
  bad_currency: { issue: { code: "bad_currency", value: "EURO" }, cli: 'currency "EURO" is not an ISO 4217 code (e.g. USD, EUR, CAD, MAD)', en: "the currency “EURO” is not a 3-letter ISO code (e.g. USD, EUR, CAD, MAD)", fr: "la devise « EURO » n'est pas un code ISO à 3 lettres (par ex. USD, EUR, CAD, MAD)" },
  price_without_currency: { issue: { code: "price_without_currency" }, cli: "a price is given without a currency", en: "a price is given without a currency", fr: "un prix est indiqué sans devise" },
  bad_country: { issue: { code: "bad_country", column: "origin_country", value: "Atlantis" }, cli: 'origin_country "Atlantis" is not an ISO 3166-1 alpha-2 country code (e.g. CA, MA)', en: "origin_country “Atlantis” is not a 2-letter country code (e.g. CA, MA)", fr: "origin_country « Atlantis » n'est pas un code pays à 2 lettres (par ex. CA, MA)" },
  bad_ships_to: { issue: { code: "bad_ships_to", value: "QQ" }, cli: 'ships_to "QQ" is not an alpha-2 country code or *', en: "ships_to “QQ” is not a 2-letter country code or *", fr: "ships_to « QQ » n'est pas un code pays à 2 lettres ni *" },
  duplicate_sku: { issue: { code: "duplicate_sku", sku: "D-1", seller: "Dup Co", firstLine: 2 }, cli: 'duplicate sku "D-1" for seller "Dup Co" (first on line 2)', en: "the sku “D-1” appears twice for Dup Co (first on line 2)", fr: "la référence « D-1 » figure deux fois pour Dup Co (d'abord à la ligne 2)" },
  other_seller: {
    issue: { code: "other_seller", named: "Maple North", seller: "Atlas Argan" },
    cli: 'the seller column says "Maple North", but this upload is for "Atlas Argan": a seller can only write their own products',
    en: "the seller column says “Maple North”, but you upload for Atlas Argan: you can only change your own products (delete that column, or write Atlas Argan in it)",
    fr: "la colonne vendeur indique « Maple North », mais vous importez pour Atlas Argan : vous ne pouvez modifier que vos propres produits (supprimez cette colonne ou écrivez-y Atlas Argan)",
  },
  field_count: { issue: { code: "field_count", fields: 2, expected: 4 }, cli: "has 2 fields but the header has 4 (a missing or extra comma or quote?)", en: "the row has 2 fields but the header has 4 (a missing or extra comma or quote?)", fr: "la ligne a 2 champs mais l'en-tête en a 4 (une virgule ou un guillemet en trop ou manquant ?)" },
  invalid_utf8: {
    issue: { code: "invalid_utf8", column: "seller" },
    cli: "seller holds bytes that are not valid UTF-8 (shown as \uFFFD): retype its accented letters, or save the file as UTF-8",
    en: "seller holds characters that are not valid UTF-8: retype its accented letters, or save the file as UTF-8",
    fr: "seller contient des caractères qui ne sont pas en UTF-8 valide : retapez ses lettres accentuées ou enregistrez le fichier en UTF-8",
  },
  item_too_long: { issue: { code: "item_too_long", chars: 1_200_000, max: 1_000_000 }, cli: "this item is 1,200,000 characters long; at most 1,000,000 are read per product", en: "this item is 1,200,000 characters long; at most 1,000,000 are read per product", fr: "cet élément fait 1\u202f200\u202f000 caractères ; au plus 1\u202f000\u202f000 sont lus par produit" },
  item_not_json: { issue: { code: "item_not_json" }, cli: "this item is not valid JSON", en: "this item is not valid JSON", fr: "cet élément n'est pas du JSON valide" },
  item_not_object: { issue: { code: "item_not_object" }, cli: "each item must be an object with the catalog columns as keys", en: "each item must be an object with the catalog columns as keys", fr: "chaque élément doit être un objet dont les clés sont les colonnes du catalogue" },
  item_too_many_keys: { issue: { code: "item_too_many_keys", keys: 600, max: 500 }, cli: "this item has 600 keys; at most 500 are read per product", en: "this item has 600 keys; at most 500 are read per product", fr: "cet élément a 600 clés ; au plus 500 sont lues par produit" },
  row_too_long: { issue: { code: "row_too_long", max: 1_000_000 }, cli: "this row is over 1,000,000 characters (an unclosed quote?); the rest of the file was not read", en: "this row is over 1,000,000 characters (an unclosed quote?); the rest of the file was not read", fr: "cette ligne dépasse 1\u202f000\u202f000 caractères (un guillemet non fermé ?) ; la suite du fichier n'a pas été lue" },
  csv_syntax: { issue: { code: "csv_syntax", detail: "Invalid Closing Quote" }, cli: "CSV syntax error, the rest of the file was not read: Invalid Closing Quote", en: "the CSV is malformed here, so the rest of the file was not read (Invalid Closing Quote)", fr: "le CSV est mal formé à cet endroit, la suite du fichier n'a donc pas été lue (Invalid Closing Quote)" },
  shopify_no_handle: { issue: { code: "shopify_no_handle" }, cli: "Handle is empty: every Shopify row belongs to a product", en: "Handle is empty: every Shopify row belongs to a product", fr: "Handle est vide : chaque ligne Shopify appartient à un produit" },
  shopify_orphan_handle: { issue: { code: "shopify_orphan_handle", handle: "orphan" }, cli: 'Handle "orphan" continues a product whose first row (with its Title) is missing', en: "Handle “orphan” continues a product whose first row (with its Title) is missing", fr: "Handle « orphan » prolonge un produit dont la première ligne (avec son Title) manque" },
  woo_orphan_variation: { issue: { code: "woo_orphan_variation", parent: "id:9" }, cli: 'variation of unknown parent "id:9" (the variable product must come first)', en: "variation of an unknown parent “id:9” (the variable product must come first)", fr: "variation d'un parent inconnu « id:9 » (le produit variable doit venir avant)" },
  control_chars_removed: { issue: { code: "control_chars_removed", column: "title", count: 2 }, cli: "title: removed 2 control characters (NUL or similar, invisible)", en: "title: removed 2 invisible control characters", fr: "title : 2 caractères de contrôle invisibles supprimés" },
  description_truncated: { issue: { code: "description_truncated", from: 10_485_760, to: 5000 }, cli: "description truncated from 10,485,760 to 5000 characters", en: "description shortened from 10,485,760 to 5,000 characters", fr: "description raccourcie de 10\u202f485\u202f760 à 5\u202f000 caractères" },
  attributes_not_json: {
    issue: { code: "attributes_not_json" },
    cli: 'attributes is not a JSON object (e.g. {"grade":"extra virgin"}); kept as text under "details"',
    en: 'attributes is not a JSON object (e.g. {"grade":"extra virgin"}); kept as text under “details”',
    fr: 'attributes n\'est pas un objet JSON (par ex. {"grade":"extra vierge"}) ; conservé comme texte sous « details »',
  },
  extra_columns_dropped: { issue: { code: "extra_columns_dropped", count: 1, max: 20_000 }, cli: "1 extra column not kept: attributes are limited to 20,000 characters", en: "1 extra column not kept: extra details are limited to 20,000 characters", fr: "1 colonne supplémentaire non conservée : les détails supplémentaires sont limités à 20\u202f000 caractères" },
  moq_without_unit: { issue: { code: "moq_without_unit" }, cli: "moq has no unit", en: "moq has no unit", fr: "moq n'a pas d'unité" },
  formula_text: { issue: { code: "formula_text", column: "title" }, cli: "title looks like a spreadsheet formula; stored as plain text", en: "title looks like a spreadsheet formula; stored as plain text", fr: "title ressemble à une formule de tableur ; enregistré comme texte brut" },
  certification_only_in_text: {
    issue: { code: "certification_only_in_text", certification: "globalgap" },
    cli: 'the title or description names globalgap, but the certifications column does not list it: add "globalgap" there if the product holds it, or buyers who require it will not find this product',
    en: 'the title or description names globalgap, but the certifications column does not list it: add "globalgap" there if the product holds it, or buyers who require it will not find this product',
    fr: "le titre ou la description cite globalgap, mais la colonne certifications ne le mentionne pas : ajoutez-y « globalgap » si le produit le détient, sinon les acheteurs qui l'exigent ne trouveront pas ce produit",
  },
};

describe("row issues", () => {
  it.each(Object.entries(ROWS))("%s: the CLI's sentence is unchanged", (_code, s) => {
    expect(rowIssueText(s.issue)).toBe(s.cli);
  });

  it.each(Object.entries(ROWS))("%s: worded from its own key in English and French", (_code, s) => {
    const seller = s.issue.code === "other_seller" ? s.issue.seller : "S";
    expect(rowIssueMessage("en", s.issue, seller)).toBe(s.en);
    expect(rowIssueMessage("fr", s.issue, seller)).toBe(s.fr);
  });

  it("has a distinct key for every code, present in every language", () => {
    const keys = Object.values(ROW_ISSUE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(hasMessage(key), key).toBe(true);
    // Every language words every sample itself: no key or English fallback shows through.
    for (const lang of availableLanguages().filter((l) => l !== "en"))
      for (const s of Object.values(ROWS)) {
        const text = rowIssueMessage(lang, s.issue, "S");
        expect(text, `${lang} ${s.issue.code}`).not.toBe(rowIssueMessage("en", s.issue, "S"));
        expect(text).not.toMatch(/^catalog-|\{\$/);
      }
  });

  it("escapes the file's text for the channel, never numbers or the unit list", () => {
    const esc = (s: string) => s.replace(/_/g, "\\_");
    expect(rowIssueMessage("ar", { code: "bad_country", column: "origin_country", value: "X_Y" }, "S", esc)).toBe("origin\\_country «X\\_Y» ليس رمز بلد من حرفين (مثل CA أو MA)");
    expect(rowIssueMessage("es", { code: "required_empty", column: "price_min" }, "S", esc)).toBe("price\\_min está vacío (es obligatorio)");
  });

  it("shows an older report's sentence, and a code from a newer version, rather than nothing", () => {
    expect(rowIssueMessage("fr", { code: "text", text: "price_min must not be negative" }, "S")).toBe("price_min must not be negative");
    expect(rowIssueMessage("fr", { code: "from_the_future" } as unknown as RowIssue, "S")).toBe("from_the_future");
  });
});

const FILES: Record<FileIssueCode, FileIssue> = {
  file_not_found: { code: "file_not_found" },
  not_a_file: { code: "not_a_file" },
  empty_file: { code: "empty_file" },
  format_not_read: { code: "format_not_read" },
  too_many_columns: { code: "too_many_columns", columns: 600, max: 500 },
  no_header: { code: "no_header", rows: 30, first: "Ref interne, Prix" },
  woo_needs_seller: { code: "woo_needs_seller" },
  duplicate_column: { code: "duplicate_column", first: "SKU", second: "Référence", column: "sku" },
  missing_columns: { code: "missing_columns", columns: ["title"], header: ["reference", "prix"], needsSeller: false },
  header_too_long: { code: "header_too_long", chars: 1_000_000, max: 500 },
  header_unreadable: { code: "header_unreadable", detail: "Quote Not Closed" },
  xlsx_unreadable: { code: "xlsx_unreadable", detail: "FILE_ENDED" },
  no_sheet_named: { code: "no_sheet_named", sheet: "Prix", sheets: ["Tarifs", "Notes"] },
  no_sheet: { code: "no_sheet" },
  json_not_array: { code: "json_not_array" },
  json_text_after_array: { code: "json_text_after_array", line: 7 },
  json_not_closed: { code: "json_not_closed" },
};

describe("file issues", () => {
  it("keeps the CLI's --map and --seller hints", () => {
    expect(fileIssueText(FILES.no_header)).toBe(
      'no header row found in the first 30 rows: one row must name the columns, at least sku and title (or Référence and Désignation…); the first row has: Ref interne, Prix — use --map "Your header=sku,…" if the names are unusual',
    );
    expect(fileIssueText(FILES.duplicate_column)).toBe('columns "SKU" and "Référence" both mean sku: rename one, or say which is which with --map "Référence=…"');
    expect(fileIssueText({ code: "missing_columns", columns: ["seller", "title"], header: [], needsSeller: true })).toBe(
      'missing required columns seller, title (the header row has: nothing); a file without a seller column needs --seller "NAME"',
    );
    expect(fileIssueText(FILES.xlsx_unreadable)).toBe("cannot read the spreadsheet (is it a real .xlsx?): FILE_ENDED");
  });

  it("tells a seller which header names to use instead, in their language, and never a CLI flag", () => {
    expect(fileIssueMessage("fr", FILES.no_header)).toBe(
      "aucune ligne d'en-tête dans les 30 premières lignes (la première ligne contient : Ref interne, Prix). Une ligne doit nommer les colonnes, au moins la référence du produit et son nom : " +
        "renommez ces en-têtes dans votre fichier avec des noms que Caravan connaît — sku: SKU / Référence / Code article; title: Title / Désignation / Nom du produit — puis renvoyez-le.",
    );
    expect(fileIssueMessage("en", FILES.missing_columns)).toBe(
      "the required column title was not found (the header row has: reference, prix). Rename that header in your sheet to a name Caravan knows — title: Title / Désignation / Nom du produit — and upload it again.",
    );
    expect(fileIssueMessage("en", { ...FILES.missing_columns, header: [] } as FileIssue)).toContain("(the header row has: —)");
    for (const lang of availableLanguages())
      for (const issue of Object.values(FILES)) {
        const text = fileIssueMessage(lang, issue);
        expect(text, `${lang} ${issue.code}`).not.toMatch(/--map|--seller|^catalog-|\{\$/);
      }
  });

  it("has a distinct key for every code", () => {
    const keys = Object.values(FILE_ISSUE_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(hasMessage(key), key).toBe(true);
    expect(fileIssueMessage("es", FILES.json_text_after_array)).toBe("hay texto inesperado después del ] final en la línea 7");
    expect(fileIssueMessage("fr", FILES.duplicate_column)).toBe("les colonnes « SKU » et « Référence » signifient toutes deux sku : renommez ou supprimez l'une des deux dans votre fichier, puis renvoyez-le.");
  });

  it("suggests only header names the reader recognises", () => {
    for (const [column, names] of Object.entries(HEADER_EXAMPLES)) for (const name of names) expect(columnFor(name), name).toBe(column);
  });
});

type WarningSample = { warning: FileWarning; cli: string; en: string; fr: string };

// One sample per file warning: the CLI's sentence as `npm run seed` printed it when warnings were
// plain strings, and what an English and a French seller read after an upload.
const WARNINGS: Record<FileWarningCode, WarningSample> = {
  skipped_above_header: {
    warning: { code: "skipped_above_header", lines: [1, 2] },
    cli: "skipped 2 rows above the header (lines 1, 2: a title or notes)",
    en: "skipped 2 rows above the header (lines 1, 2): a title or notes",
    fr: "2 lignes ignorées au-dessus de l'en-tête (lignes 1, 2) : un titre ou des notes",
  },
  shop_export: { warning: { code: "shop_export", format: "shopify" }, cli: "read as a Shopify products export", en: "read as a Shopify products export", fr: "lu comme un export de produits Shopify" },
  shop_no_currency: {
    warning: { code: "shop_no_currency", format: "woocommerce" },
    cli: "WooCommerce exports name no currency: prices were left out; pass --currency EUR (or your code) to keep them",
    en: "WooCommerce exports name no currency, so the prices were left out: to list prices, send your catalog as a CSV with price and currency columns",
    fr: "les exports WooCommerce n'indiquent pas de devise, les prix ont donc été laissés de côté : pour afficher vos prix, envoyez votre catalogue en CSV avec des colonnes prix et devise",
  },
  seller_column_used: {
    warning: { code: "seller_column_used", column: "Vendor" },
    cli: "the file has a seller column (Vendor): it is used, not --seller",
    en: "the file has a seller column (Vendor): each row must name your company or leave it empty",
    fr: "le fichier a une colonne vendeur (Vendor) : chaque ligne doit nommer votre entreprise ou la laisser vide",
  },
  unknown_columns: {
    warning: { code: "unknown_columns", columns: ["color", "shelf_life"] },
    cli: "unknown columns color, shelf_life: kept in attributes",
    en: "the columns color, shelf_life are not ones Caravan knows: kept as extra details of each product (if one is a price, a quantity or the like, rename its header)",
    fr: "les colonnes color, shelf_life ne sont pas des colonnes que Caravan connaît : conservées comme détails supplémentaires de chaque produit (si l'une est un prix, une quantité ou autre, renommez son en-tête)",
  },
  unknown_key: {
    warning: { code: "unknown_key", key: "colour" },
    cli: 'unknown key "colour": kept in attributes',
    en: "the key “colour” is not one Caravan knows: kept as an extra detail of each product",
    fr: "la clé « colour » n'est pas une clé que Caravan connaît : conservée comme détail supplémentaire de chaque produit",
  },
  columns_renamed: {
    warning: { code: "columns_renamed", columns: [{ from: "Référence", to: "sku" }, { from: "Prix", to: "price" }] },
    cli: "columns read as: Référence → sku, Prix → price",
    en: "columns read as: Référence → sku, Prix → price (check each one is right)",
    fr: "colonnes lues comme : Référence → sku, Prix → price (vérifiez que chacune est juste)",
  },
  latin1: {
    warning: { code: "latin1" },
    cli: "the file is not UTF-8: read as Latin-1 (Windows-1252); save as UTF-8 to be sure accents are right",
    en: "the file is not UTF-8: it was read as Latin-1 (Windows-1252); save it as UTF-8 to be sure accents are right",
    fr: "le fichier n'est pas en UTF-8 : il a été lu en Latin-1 (Windows-1252) ; enregistrez-le en UTF-8 pour être sûr que les accents sont justes",
  },
  invalid_utf8_rows: {
    warning: { code: "invalid_utf8_rows" },
    cli: "the file is UTF-8 but some rows hold bytes that are not: those rows are reported, the rest is read as UTF-8",
    en: "the file is UTF-8 but some rows hold bytes that are not: those rows were refused, the rest was read",
    fr: "le fichier est en UTF-8 mais certaines lignes contiennent des octets qui ne le sont pas : ces lignes ont été refusées, le reste a été lu",
  },
};

describe("file warnings", () => {
  it.each(Object.entries(WARNINGS))("%s: the CLI's sentence is unchanged", (_code, s) => {
    expect(fileWarningText(s.warning)).toBe(s.cli);
  });

  it.each(Object.entries(WARNINGS))("%s: worded from its own key in English and French", (_code, s) => {
    expect(fileWarningMessage("en", s.warning)).toBe(s.en);
    expect(fileWarningMessage("fr", s.warning)).toBe(s.fr);
  });

  it("says one row or column in the singular, in the CLI and to a seller", () => {
    expect(fileWarningText({ code: "skipped_above_header", lines: [3] })).toBe("skipped 1 row above the header (line 3: a title or notes)");
    expect(fileWarningText({ code: "unknown_columns", columns: ["color"] })).toBe("unknown column color: kept in attributes");
    expect(fileWarningMessage("en", { code: "skipped_above_header", lines: [3] })).toBe("skipped 1 row above the header (line 3): a title or notes");
    expect(fileWarningMessage("es", { code: "unknown_columns", columns: ["color"] })).toMatch(/^la columna color no es una que Caravan conozca/);
  });

  it("has a distinct key for every code, worded in every language, never with a CLI flag", () => {
    const keys = Object.values(FILE_WARNING_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(hasMessage(key), key).toBe(true);
    for (const lang of availableLanguages())
      for (const s of Object.values(WARNINGS)) {
        const text = fileWarningMessage(lang, s.warning);
        expect(text, `${lang} ${s.warning.code}`).not.toMatch(/--currency|--seller|^catalog-|\{\$/);
        if (lang !== "en") expect(text, `${lang} ${s.warning.code}`).not.toBe(fileWarningMessage("en", s.warning));
      }
  });

  it("escapes the file's text, and shows a code from a newer version rather than nothing", () => {
    const esc = (s: string) => s.replace(/_/g, "\\_");
    expect(fileWarningMessage("en", { code: "unknown_key", key: "shelf_life" }, esc)).toContain("“shelf\\_life”");
    expect(fileWarningMessage("fr", { code: "from_the_future" } as unknown as FileWarning)).toBe("from_the_future");
  });
});
