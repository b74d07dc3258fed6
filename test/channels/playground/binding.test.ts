// The playground is a local tool: on by default only when no chat token is set, on with chat
// tokens only when PLAYGROUND asks for it, and always listening on 127.0.0.1 alone — a request
// to the machine's other addresses is refused by the operating system, not by our code.
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { configFrom } from "../../../src/config.js";
import { silentLogger } from "../../../src/logger.js";
import { createApp, type App } from "../../../src/app.js";
import { freePort } from "../../helpers/freePort.js";

const TELEGRAM = { TELEGRAM_BOT_TOKEN: "123456:playground-test-token-not-real" };

/** A non-loopback IPv4 address of this machine, if it has one. */
const lanAddress = () =>
  Object.values(networkInterfaces()).flat().find((i) => i && i.family === "IPv4" && !i.internal)?.address;


const connects = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect({ host, port, timeout: 2000 });
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
    s.once("timeout", () => (s.destroy(), resolve(false)));
  });

describe("playground switch and binding", () => {
  it("is on without chat tokens, off with one, and on again with PLAYGROUND", () => {
    expect(configFrom({}).playgroundEnabled).toBe(true);
    expect(configFrom(TELEGRAM).playgroundEnabled).toBe(false);
    for (const v of ["1", "true", "yes"]) expect(configFrom({ ...TELEGRAM, PLAYGROUND: v }).playgroundEnabled).toBe(true);
    expect(configFrom({ ...TELEGRAM, PLAYGROUND: "0" }).playgroundEnabled).toBe(false);
  });

  let app: App | undefined;
  afterAll(async () => app?.stop());

  it("with a Telegram token and PLAYGROUND=1, npm start's composition serves it on 127.0.0.1 only", async () => {
    const port = await freePort();
    app = await createApp(configFrom({ ...TELEGRAM, PLAYGROUND: "1", CARAVAN_DATA_DIR: "memory://", PORT: String(port) }), silentLogger);
    const names = app.services.map((s) => s.name);
    expect(names).toContain("playground");
    expect(app.deals.deps.sellerPlatform).toBe("playground"); // no Discord: its sellers are played here
    // Only the playground is started: Telegram itself is unreachable from a test.
    const playground = app.services.find((s) => s.name === "playground")!;
    await playground.start();
    try {
      expect(await connects("127.0.0.1", port)).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/api/status`)).status).toBe(200);
      const lan = lanAddress();
      if (lan) expect(await connects(lan, port)).toBe(false);
      else console.warn("[binding test] no non-loopback IPv4 address on this machine: the refusal check is skipped");
    } finally {
      await playground.stop();
    }
  }, 60_000);
});
