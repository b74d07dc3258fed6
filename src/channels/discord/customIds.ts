// Custom ids of the desk's buttons, menus and modals: "<action>:<introductionId>". They survive
// restarts (no state in memory) and carry only ids, never anything a user could forge to gain access:
// every action re-checks the presser against the lead's seller in the deals core.
export const ACTIONS = ["quote", "ask", "decline", "reason", "quote-form", "ask-form", "reopen", "contact", "contact-form"] as const;
export type DeskAction = (typeof ACTIONS)[number];

export const customId = (action: DeskAction, introductionId: string): string => `caravan:${action}:${introductionId}`;

export function parseCustomId(id: string): { action: DeskAction; introductionId: string } | null {
  const m = /^caravan:([a-z-]+):([\w-]{1,80})$/.exec(id);
  if (!m) return null;
  const action = ACTIONS.find((a) => a === m[1]);
  return action && m[2] ? { action, introductionId: m[2] } : null;
}
