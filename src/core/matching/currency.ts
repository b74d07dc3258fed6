// Comparing a price in MAD with a target in EUR needs rates. They are indicative (a shortlist
// says "about"), passed in as a table so operators can update them without a release.

/** Units of each currency per 1 USD. */
export type RateTable = Record<string, number>;

// Indicative mid-market rates (per 1 USD), late 2026. Override with FX_RATES (JSON) in config.
export const DEFAULT_RATES: RateTable = {
  USD: 1, EUR: 0.92, CAD: 1.37, MAD: 9.9, GBP: 0.79, CHF: 0.88, JPY: 150, CNY: 7.2, AED: 3.67, SAR: 3.75,
  AUD: 1.52, INR: 84, BRL: 5.6, MXN: 18.5, TRY: 34, SEK: 10.6, NOK: 10.9, DKK: 6.9, PLN: 3.95, ZAR: 18,
  SGD: 1.34, HKD: 7.8, KRW: 1380, QAR: 3.64, KWD: 0.31, EGP: 48, TND: 3.1, DZD: 134, XOF: 604, NGN: 1600,
};

/** The day DEFAULT_RATES were taken, said beside every converted price ("rates of 2026-11-15"). */
export const DEFAULT_RATES_DATE = "2026-11-15";

export function convertMoney(amount: number, from: string, to: string, rates: RateTable = DEFAULT_RATES): number | null {
  if (from === to) return amount;
  const f = rates[from], t = rates[to];
  if (!f || !t) return null;
  return (amount / f) * t;
}
