// The optional buyer profile offered under the welcome: company name (text), company type
// (buttons), country (text), then the contact line a seller gets once the buyer agrees to share.
// "cancel" skips it at any step; what was answered so far is kept.
import { COMPANY_TYPES, companyNameSchema, companyTypeSchema, resolveCountry } from "../../buyers/profile.js";
import { contactLineSchema } from "../../deals/contactLine.js";
import { cutText } from "../../textCut.js";
import { setState, type Turn } from "../deps.js";
import { IDLE, type ProfileStep } from "../state.js";
import { button, question, stale, type Keyboard, type Reply } from "../replies.js";

function typeButtons(): Keyboard {
  const kb: Keyboard = [];
  COMPANY_TYPES.forEach((type, i) => {
    if (i % 2 === 0) kb.push([]);
    kb.at(-1)!.push(button(`company-type-${type}`, { kind: "profileType", companyType: type }));
  });
  return kb;
}

const askType = (): Reply => question("tg-profile-ask-type", undefined, { buttons: typeButtons() });

export function startProfile(turn: Turn): Reply[] {
  setState(turn, { mode: "profile", step: "company" });
  return [question("tg-profile-ask-company")];
}

export async function profileText(turn: Turn, step: ProfileStep, text: string): Promise<Reply[]> {
  const { deps, buyer } = turn;
  switch (step) {
    case "company": {
      const name = companyNameSchema.safeParse(text);
      if (!name.success) return [question("tg-profile-bad-company")];
      await deps.buyers.saveProfile(buyer.buyerId, { company: name.data });
      setState(turn, { mode: "profile", step: "type" });
      return [askType()];
    }
    // Typed instead of pressed: ask again with the buttons.
    case "type": return [askType()];
    case "country": {
      const country = resolveCountry(text);
      if (!country) return [question("tg-profile-bad-country", { answer: cutText(text, 60, "…") })];
      await deps.buyers.saveProfile(buyer.buyerId, { country });
      setState(turn, { mode: "profile", step: "contact" });
      return [question("tg-profile-ask-contact")];
    }
    case "contact": {
      const line = contactLineSchema.safeParse(text);
      if (!line.success) return [question("tg-profile-bad-contact")];
      const profile = await deps.buyers.saveProfile(buyer.buyerId, { contact: line.data });
      setState(turn, IDLE);
      return [{ kind: "profileSaved", profile }];
    }
  }
}

export async function chooseCompanyType(turn: Turn, value: string): Promise<Reply[]> {
  const type = companyTypeSchema.safeParse(value);
  if (!type.success) return [stale()];
  const profile = await turn.deps.buyers.saveProfile(turn.buyer.buyerId, { companyType: type.data });
  const st = turn.state;
  // A type button pressed outside the profile steps (an old message) just updates the type.
  if (st.mode === "profile" && st.step === "type") {
    setState(turn, { mode: "profile", step: "country" });
    return [question("tg-profile-ask-country")];
  }
  return [{ kind: "profileSaved", profile }];
}
