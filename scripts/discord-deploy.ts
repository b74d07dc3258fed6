// `npm run discord:deploy`: registers the seller desk's slash commands (/link, /unlink, /profile,
// /leads, /catalog upload and /catalog status) for DISCORD_GUILD_ID (instant), or globally without it (can take up to an hour).
import { REST } from "discord.js";
import { runScript, UsageError } from "./lib/runScript.js";
import { DESK_COMMANDS, commandsRoute } from "../src/channels/discord/commands.js";

await runScript("discord:deploy", async ({ config }) => {
  if (!config.DISCORD_BOT_TOKEN || !config.DISCORD_APP_ID) throw new UsageError("set DISCORD_BOT_TOKEN and DISCORD_APP_ID first");
  const rest = new REST({ version: "10", ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}) }).setToken(config.DISCORD_BOT_TOKEN);
  const route = commandsRoute(config.DISCORD_APP_ID, config.DISCORD_GUILD_ID);
  const saved = (await rest.put(route, { body: DESK_COMMANDS })) as { name: string }[];
  const where = config.DISCORD_GUILD_ID ? `guild ${config.DISCORD_GUILD_ID}` : "all servers (global: may take up to an hour to appear)";
  console.log(`Registered ${saved.length} commands for ${where}: ${saved.map((c) => `/${c.name}`).join(" ")}`);
});
