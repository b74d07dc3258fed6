// Which product certificates satisfy a buyer's requirement. An EU-organic, USDA-organic or
// Ecocert certificate is an organic certificate; the reverse is not true (a buyer asking for
// EU organic needs that exact scheme). GOTS certifies organic fibre: an organic cotton t-shirt.
const SATISFIED_BY: Record<string, string[]> = {
  organic: ["organic", "eu-organic", "usda-organic", "ecocert", "cosmos", "gots"],
  "iso-22000": ["iso-22000", "fssc-22000"],
  haccp: ["haccp", "iso-22000", "fssc-22000", "brc", "ifs"],
};

export function certificationSatisfied(required: string, productCerts: readonly string[]): boolean {
  const accepted = SATISFIED_BY[required] ?? [required];
  return accepted.some((c) => productCerts.includes(c));
}

export function splitCertifications(required: readonly string[], productCerts: readonly string[]) {
  const satisfied: string[] = [];
  const missing: string[] = [];
  for (const c of required) (certificationSatisfied(c, productCerts) ? satisfied : missing).push(c);
  return { satisfied, missing };
}
