// Discord's failures as the outbox sees them: what an admin must fix is permanent and says how;
// rate limits, outages and network trouble are retried.
import { describe, expect, it } from "vitest";
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { deliveryErrorFrom, isUnknownMember } from "../../../src/channels/discord/discordErrors.js";

const step = { what: "create the lead thread", permission: "Create Private Threads", where: "#leads (channel 1)" };
const api = (code: number, status: number) => new DiscordAPIError({ code, message: "x" }, code, status, "POST", "/channels/1/threads", { body: undefined });

describe("deliveryErrorFrom", () => {
  it("names the fix for missing permissions, missing access, unknown channels and a bad token", () => {
    const perm = deliveryErrorFrom(api(50013, 403), step);
    expect(perm).toMatchObject({ retryable: false });
    expect(perm.message).toContain("give Caravan 'Create Private Threads' in #leads");
    expect(deliveryErrorFrom(api(50001, 403), step).message).toContain("'View Channel'");
    const unknown = deliveryErrorFrom(api(10003, 404), step);
    expect(unknown).toMatchObject({ retryable: false });
    expect(unknown.message).toContain("DISCORD_LEADS_CHANNEL_ID");
    expect(deliveryErrorFrom(api(0, 401), step).message).toContain("DISCORD_BOT_TOKEN");
  });

  it("retries rate limits, 5xx and network errors", () => {
    const rl = new RateLimitError({
      timeToReset: 1500, limit: 5, method: "POST", hash: "h", url: "/x", route: "/x", majorParameter: "1", global: false, retryAfter: 1500, sublimitTimeout: 0, scope: "user",
    });
    expect(deliveryErrorFrom(rl, step)).toMatchObject({ retryable: true, options: { retryAfterMs: 1500 } });
    expect(deliveryErrorFrom(api(0, 502), step).retryable).toBe(true);
    expect(deliveryErrorFrom(new HTTPError(503, "Service Unavailable", "POST", "/x", { body: undefined }), step).retryable).toBe(true);
    expect(deliveryErrorFrom(new Error("connect ECONNREFUSED"), step).retryable).toBe(true);
  });

  it("recognises a linked member who left the server", () => {
    expect(isUnknownMember(api(10007, 404))).toBe(true);
    expect(isUnknownMember(api(50013, 403))).toBe(false);
  });
});
