import { describe, expect, it } from "vitest";
import { clarifyInputFor, mergeAnswer, nextQuestion, renderQuestion } from "../../../src/core/extraction/clarify.js";
import { analyzeRequest } from "../../../src/core/extraction/rulesParser.js";
import { NOW } from "./helpers.js";

const analyse = (text: string) => analyzeRequest(text, { now: NOW });

describe("nextQuestion", () => {
  it("asks for the product first when nothing is known", () => {
    const q = nextQuestion(analyse("hello"));
    expect(q?.kind).toBe("product");
  });

  it("asks how much when only the quantity is missing", () => {
    const q = nextQuestion(analyse("argan oil to Paris"));
    expect(q).toMatchObject({ kind: "quantity", key: "clarify-quantity", params: { product: "argan oil" } });
  });

  it("asks where to when only the destination is missing", () => {
    expect(nextQuestion(analyse("2 t argan oil"))?.kind).toBe("destination");
  });

  it("asks nothing when the request is complete", () => {
    expect(nextQuestion(analyse("2 t argan oil to Paris"))).toBeNull();
  });

  it("asks whether to split several products before anything else", () => {
    const q = nextQuestion(analyse("need olive oil and argan oil"));
    expect(q).toMatchObject({ kind: "multiple-products", params: { first: "olive oil", others: "argan oil" } });
  });

  it("asks which quantity when two amounts contradict each other", () => {
    const q = nextQuestion(analyse("need 2 tons of dates, 7 tons of dates to Doha"));
    expect(q).toMatchObject({ kind: "conflicting-quantities", params: { first: "2 t", second: "7 t" } });
  });

  it("says that a zero quantity is not usable", () => {
    expect(nextQuestion(analyse("0 kg of argan oil to Paris"))?.kind).toBe("quantity-positive");
  });

  it("adds the rules' flags to a request from another parser", () => {
    const text = "need olive oil and argan oil to Lyon";
    const fromLlm = { ...analyse(text).request, quantity: { value: 2, unit: "t" as const }, missing: [] };
    expect(nextQuestion({ request: fromLlm })).toBeNull();
    expect(nextQuestion(clarifyInputFor(text, fromLlm, { now: NOW }))?.kind).toBe("multiple-products");
  });

  it("renders in the buyer's language", () => {
    const a = analyse("je cherche de l'huile d'argan pour Paris");
    const q = nextQuestion(a);
    expect(q?.kind).toBe("quantity");
    const fr = renderQuestion(q!, a.request.language);
    expect(fr).toContain("Quelle quantité");
    expect(fr).toContain("huile d'argan");
    expect(renderQuestion(q!, "en")).toContain("How much");
  });
});

describe("mergeAnswer", () => {
  it("fills the quantity only when answering the quantity question", () => {
    const a = analyse("huile d'argan bio pour Lyon");
    const q = nextQuestion(a)!;
    const { request, understood } = mergeAnswer(a.request, q, "2 tonnes", { now: NOW });
    expect(understood).toBe(true);
    expect(request.quantity).toEqual({ value: 2, unit: "t" });
    expect(request.product).toBe("huile d'argan bio");
    expect(request.destination).toEqual({ country: "FR", place: "Lyon" });
    expect(request.missing).toEqual([]);
  });

  it("fills the destination from a bare city name", () => {
    const a = analyse("2 t argan oil");
    const { request, understood } = mergeAnswer(a.request, nextQuestion(a)!, "Montréal", { now: NOW });
    expect(understood).toBe(true);
    expect(request.destination).toEqual({ country: "CA", place: "Montreal" });
    expect(request.quantity).toEqual({ value: 2, unit: "t" });
  });

  it("takes the product from a short answer and keeps volunteered facts that were missing", () => {
    const a = analyse("hello");
    const { request, understood } = mergeAnswer(a.request, nextQuestion(a)!, "olive oil, 2 t to Lyon", { now: NOW });
    expect(understood).toBe(true);
    expect(request).toMatchObject({ product: "olive oil", quantity: { value: 2, unit: "t" }, destination: { country: "FR", place: "Lyon" } });
  });

  it("reports an answer it could not use", () => {
    const a = analyse("argan oil to Paris");
    const { request, understood } = mergeAnswer(a.request, nextQuestion(a)!, "hmm not sure", { now: NOW });
    expect(understood).toBe(false);
    expect(request.quantity).toBeNull();
    expect(request.missing).toEqual(["quantity"]);
  });

  it("splits into one request per product on yes", () => {
    const a = analyse("need olive oil and argan oil, 2t each, to Brussels");
    const q = nextQuestion(a)!;
    const { split } = mergeAnswer(a.request, q, "yes please", { now: NOW });
    expect(split?.map((r) => r.product)).toEqual(["olive oil", "argan oil"]);
    expect(split?.every((r) => r.quantity?.value === 2 && r.destination?.place === "Brussels")).toBe(true);
  });

  it("keeps one request on no", () => {
    const a = analyse("need olive oil and argan oil to Brussels");
    const res = mergeAnswer(a.request, nextQuestion(a)!, "non", { now: NOW });
    expect(res.split).toBeUndefined();
    expect(res.understood).toBe(true);
    expect(res.request.product).toBe("olive oil");
  });

  it("resolves a quantity conflict with the answer", () => {
    const a = analyse("need 2 tons of dates, 7 tons of dates to Doha");
    const { request } = mergeAnswer(a.request, nextQuestion(a)!, "2 tons", { now: NOW });
    expect(request.quantity).toEqual({ value: 2, unit: "t" });
  });
});
