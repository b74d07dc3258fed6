import { describe, expect, it } from "vitest";
import { DESK_COMMANDS } from "../../src/channels/discord/commands.js";

interface Described { name: string; description: string; description_localizations?: Record<string, string> | null; options?: Described[] }

/** Every command, subcommand and option, with its path for the failure message. */
const walk = (items: Described[], path = ""): [string, Described][] =>
  items.flatMap((d) => [[`${path}/${d.name}`, d] as [string, Described], ...walk(d.options ?? [], `${path}/${d.name}`)]);

describe("the desk's slash commands", () => {
  const all = walk(DESK_COMMANDS as unknown as Described[]);

  it("describe every command, subcommand and option in French and both Spanish locales Discord offers", () => {
    for (const [path, d] of all) expect(Object.keys(d.description_localizations ?? {}).sort(), path).toEqual(["es-419", "es-ES", "fr"]);
  });

  it("keep every description within Discord's 1–100 characters, in every language", () => {
    for (const [path, d] of all)
      for (const text of [d.description, ...Object.values(d.description_localizations ?? {})]) {
        expect(text.length, `${path}: ${text}`).toBeGreaterThan(0);
        expect(text.length, `${path}: ${text}`).toBeLessThanOrEqual(100);
      }
  });
});
