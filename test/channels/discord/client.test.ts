// The discord.js client asks for the fewest intents that work and never parses mentions.
import { describe, expect, it } from "vitest";
import { createDiscordClient } from "../../../src/channels/discord/client.js";

describe("createDiscordClient", () => {
  it("asks for Guilds, plus GuildMessages and MessageContent only when thread messages are relayed", async () => {
    const relaying = createDiscordClient({ token: "t" });
    expect(relaying.options.intents.toArray().sort()).toEqual(["GuildMessages", "Guilds", "MessageContent"]);
    expect(relaying.options.allowedMentions).toEqual({ parse: [] });
    const quiet = createDiscordClient({ token: "t", relay: false });
    expect(quiet.options.intents.toArray()).toEqual(["Guilds"]);
    await Promise.all([relaying.destroy(), quiet.destroy()]);
  });
});
