// Discord failures → the outbox's vocabulary. Missing permissions and unknown channels will not
// fix themselves: permanent, with a log line that tells the admin exactly what to change. Rate
// limits, 5xx and network trouble are retryable.
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { DeliveryError, permanentDelivery, retryableDelivery } from "../../ports/outbox.js";

/** What the bot was doing, and the permission that step needs. */
export interface Step {
  what: string;
  permission: string;
  where: string;
}

export function deliveryErrorFrom(e: unknown, step: Step): DeliveryError {
  if (e instanceof DeliveryError) return e;
  if (e instanceof RateLimitError) return retryableDelivery(`Discord rate limit while trying to ${step.what}`, { retryAfterMs: e.retryAfter, cause: e });
  if (e instanceof DiscordAPIError) {
    const code = Number(e.code);
    if (e.status === 429) return retryableDelivery(`Discord rate limit while trying to ${step.what}`, { cause: e });
    if (e.status >= 500) return retryableDelivery(`Discord error ${e.status} while trying to ${step.what}`, { cause: e });
    if (code === 50013)
      return permanentDelivery(`Discord refused to ${step.what}: missing permission. Fix: give Caravan '${step.permission}' in ${step.where}`, { cause: e });
    if (code === 50001)
      return permanentDelivery(`Discord refused to ${step.what}: Caravan cannot see ${step.where}. Fix: give Caravan 'View Channel' and '${step.permission}' in ${step.where}`, { cause: e });
    if (code === 10003)
      return permanentDelivery(`Discord could not ${step.what}: unknown channel ${step.where}. Fix: check DISCORD_LEADS_CHANNEL_ID (or the lead thread was deleted)`, { cause: e });
    if (e.status === 401)
      return permanentDelivery(`Discord rejected the bot token while trying to ${step.what}. Fix: check DISCORD_BOT_TOKEN`, { cause: e });
    return permanentDelivery(`Discord refused to ${step.what}: ${e.status} code ${code} ${e.message}`, { cause: e });
  }
  if (e instanceof HTTPError) return retryableDelivery(`Discord HTTP ${e.status} while trying to ${step.what}`, { cause: e });
  return retryableDelivery(`Discord unreachable while trying to ${step.what}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
}

/** Discord's "unknown member/user" codes: a linked seller who left the server; skip, do not fail. */
export const isUnknownMember = (e: unknown): boolean => e instanceof DiscordAPIError && [10007, 10013].includes(Number(e.code));
