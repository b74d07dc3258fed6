// A port nobody listens on right now, on 127.0.0.1: servers under test (npm start, the playground,
// emulators) each get their own, so suites can run side by side and 3000 may be taken.
import { createServer } from "node:net";

export const freePort = (): Promise<number> =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      s.close(() => resolve(typeof a === "object" && a ? a.port : 0));
    });
  });
