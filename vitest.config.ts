import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration suites each get their own database; a few at a time keeps PGlite's memory sane.
    maxWorkers: 2,
  },
});
