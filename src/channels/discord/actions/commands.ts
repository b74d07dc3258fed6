// The slash commands: /link, /unlink, /profile, /language, /leads, /catalog (its own file). Each is deferred first: /profile counts
// the seller's leads and /link may add the member to many threads, both can outlast 3 seconds.
import { z } from "zod";
import { listSellerLeads, statusKey } from "../../../core/deals/index.js";
import { availableLanguages, languageName, t } from "../../../locales/index.js";
import { linkMember, sellerProfile, unlinkMember } from "../linking.js";
import { md, mdOr } from "../markdown.js";
import { LIMITS, splitContent } from "../limits.js";
import { action, type ActionEntry } from "./context.js";
import { CATALOG_COMMAND } from "./catalog.js";

const none = () => ({});
const linkOptions = z.object({ code: z.string().trim().min(1).max(40) });
const languageOptions = z.object({ language: z.string().refine((l) => availableLanguages().includes(l)) });

export const COMMANDS = {
  link: action({
    response: "deferred",
    parse: (ev) => linkOptions.safeParse(ev.options).data ?? { code: "" },
    async run(c, { code }) {
      const out = await linkMember(c.deps.stores.desk, c.deps.linkLimiter, { id: c.ev.userId, name: c.ev.userName }, code);
      if (out.kind === "rate_limited") return c.say(t(c.lang, "discord-link-rate-limited", { minutes: out.minutes }));
      if (out.kind === "wrong_code") return c.say(t(c.lang, "discord-link-wrong-code"));
      await c.say(t(c.lang, `discord-link-${out.kind === "other_seller" ? "other" : out.kind}`, { seller: md(out.seller) }));
      if (out.kind === "linked" && c.deps.onLinked)
        await c.deps.onLinked(out.sellerId, c.ev.userId).catch((e: unknown) => c.deps.log.warn({ err: e, user: c.ev.userId }, "linked member not added to lead threads"));
    },
  }),
  unlink: action({
    response: "deferred",
    parse: none,
    async run(c) {
      const seller = await unlinkMember(c.deps.stores.desk, c.ev.userId);
      await c.say(seller ? t(c.lang, "discord-unlink-done", { seller: md(seller) }) : t(c.lang, "discord-not-linked"));
    },
  }),
  profile: action({
    response: "deferred",
    parse: none,
    async run(c) {
      const p = await sellerProfile(c.deps.stores.desk, c.ev.userId);
      if (!p) return c.say(t(c.lang, "discord-not-linked"));
      await c.say(t(c.lang, "discord-profile", {
        seller: md(p.name), country: mdOr(p.country), products: p.products, members: p.members, leads: p.leads,
        rate: p.responseRate === null ? "—" : `${Math.round(p.responseRate * 100)}%`,
      }));
    },
  }),
  language: action({
    response: "deferred",
    parse: (ev) => languageOptions.safeParse(ev.options).data ?? { language: "" },
    async run(c, { language }) {
      if (!language) return c.say(t(c.lang, "discord-language-unknown", { languages: availableLanguages().map((l) => languageName(l)).join(", ") }));
      if (!(await c.deps.stores.desk.chooseMemberLanguage("discord", c.ev.userId, language))) return c.say(t(c.lang, "discord-not-linked"));
      // Said in the language just chosen: each locale names itself.
      await c.say(t(language, "discord-language-set"));
    },
  }),
  leads: action({
    response: "deferred",
    parse: none,
    async run(c) {
      const leads = await listSellerLeads(c.deps.deals, c.actor);
      if (!leads.length) return c.say(t(c.lang, "discord-leads-none"));
      const lines = leads.map((l) => t(c.lang, "discord-leads-line", {
        product: mdOr(l.product), status: t(c.lang, statusKey(l.status)), age: l.ageHours < 48 ? `${l.ageHours} h` : `${Math.floor(l.ageHours / 24)} d`,
        country: mdOr(l.buyerCountry),
      }));
      // A long list goes out as several messages rather than losing its tail.
      for (const part of splitContent(`${t(c.lang, "discord-leads-title", { count: leads.length })}\n${lines.join("\n")}`, LIMITS.content)) await c.say(part);
    },
  }),
  catalog: CATALOG_COMMAND,
} as const satisfies Record<string, ActionEntry>;

export type CommandName = keyof typeof COMMANDS;
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);
