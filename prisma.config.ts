// Prisma CLI configuration. The URL only matters for CLI commands run with network access
// (e.g. `npx prisma migrate status`); Caravan itself connects through driver adapters.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/caravan" },
});
