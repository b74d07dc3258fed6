// Lowercase and strip accents ("Érable" → "erable"): how the matcher compares words.
export const foldText = (text: string): string => text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/œ/g, "oe").replace(/æ/g, "ae");
