// Every message of every locale formats without a Fluent error when given the arguments the code
// passes. The call sites are found by parsing src with the TypeScript compiler: a call to `t` or
// `say` whose key is a string literal and whose arguments are an object literal (a key built at
// run time, such as `quote-status-${status}`, is covered by the placeholder rule instead). A message that needs a variable the call does not pass
// would show a `{$name}` placeholder to a user (and, before formatting was made total, crashed).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { availableLanguages, t } from "../../src/locales/index.js";

const root = path.resolve(import.meta.dirname, "../..");
const localeDir = path.join(root, "src/locales");
const TRANSLATORS = new Set(["t", "say"]);

/** Variable names a Fluent AST node references, walking placeables, selects and variants. */
function variablesOf(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) variablesOf(n, out);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.type === "var" && typeof o.name === "string") out.add(o.name);
    for (const v of Object.values(o)) if (v && typeof v === "object") variablesOf(v, out);
  }
  return out;
}

interface LocaleMessages {
  bundle: FluentBundle;
  vars: Map<string, Set<string>>;
}

const locales = new Map<string, LocaleMessages>();
for (const file of readdirSync(localeDir).filter((f) => f.endsWith(".ftl"))) {
  const lang = path.basename(file, ".ftl");
  const resource = new FluentResource(readFileSync(path.join(localeDir, file), "utf8"));
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(resource);
  const vars = new Map<string, Set<string>>();
  for (const entry of resource.body) if (!entry.id.startsWith("-")) vars.set(entry.id, variablesOf(entry.value));
  locales.set(lang, { bundle, vars });
}

interface CallSite {
  where: string;
  key: string;
  /** Argument names passed, or null when the arguments are not an object literal (not checked). */
  args: string[] | null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : sourceFiles(p);
    return p.endsWith(".ts") ? [p] : [];
  });
}

function callSites(): CallSite[] {
  const sites: CallSite[] = [];
  for (const file of sourceFiles(path.join(root, "src"))) {
    const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && TRANSLATORS.has(node.expression.text) && node.arguments.length >= 2) {
        const keyArg = node.arguments[1]!;
        const argsArg = node.arguments[2];
        const key = ts.isStringLiteral(keyArg) || ts.isNoSubstitutionTemplateLiteral(keyArg) ? keyArg.text : null;
        if (key && /^[a-z][a-z0-9-]*$/.test(key)) {
          let args: string[] | null = [];
          if (argsArg) {
            args = ts.isObjectLiteralExpression(argsArg) && argsArg.properties.every((p) => !ts.isSpreadAssignment(p))
              ? argsArg.properties.map((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : "?"))
              : null;
          }
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          sites.push({ where: `${path.relative(root, file)}:${line + 1}`, key, args });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return sites;
}

describe("locales", () => {
  const en = locales.get("en")!;

  it("has English and every language the translator offers", () => {
    expect([...locales.keys()].sort()).toEqual(availableLanguages());
    expect(en.vars.size).toBeGreaterThan(100);
  });

  it("formats every message of every locale with its own variables, without a Fluent error", () => {
    const failures: string[] = [];
    for (const [lang, { bundle, vars }] of locales) {
      for (const [key, names] of vars) {
        const msg = bundle.getMessage(key);
        if (!msg?.value) continue;
        const errors: Error[] = [];
        bundle.formatPattern(msg.value, Object.fromEntries([...names].map((n) => [n, n === "count" ? 2 : "x"])), errors);
        if (errors.length) failures.push(`${lang} ${key}: ${errors.map((e) => e.message).join("; ")}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("a translation uses no variable that English does not have (the code passes English's)", () => {
    const extra: string[] = [];
    for (const [lang, { vars }] of locales) {
      for (const [key, names] of vars) {
        const base = en.vars.get(key);
        if (!base) continue;
        for (const n of names) if (!base.has(n)) extra.push(`${lang} ${key}: $${n}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it("every call in src passes each variable its message needs, in every locale", () => {
    const sites = callSites();
    // The scan must find the translation calls, or this test checks nothing.
    expect(sites.filter((s) => s.args !== null).length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const site of sites) {
      if (site.args === null) continue;
      if (!en.vars.has(site.key)) problems.push(`${site.where}: no message "${site.key}" in en.ftl`);
      for (const [lang, { vars }] of locales) {
        for (const n of vars.get(site.key) ?? []) if (!site.args.includes(n)) problems.push(`${site.where}: ${lang} "${site.key}" needs $${n}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("a missing variable shows a placeholder and does not throw", () => {
    const key = [...en.vars].find(([, names]) => names.size > 0)![0];
    expect(() => t("en", key, {})).not.toThrow();
    expect(t("en", key, {})).toMatch(/\{\$\w+\}/);
  });
});
