// `npm run reindex`: re-embed and re-index every product with the configured embedder and index
// (after changing EMBEDDINGS, EMBEDDING_MODEL/DIMENSIONS or VECTOR_INDEX).
import { runScript } from "./lib/runScript.js";
import { openCatalogServices } from "./lib/catalogServices.js";
import { createProgress } from "./lib/progress.js";
import { reindexCatalog } from "../src/core/catalog/reindexCatalog.js";

await runScript("reindex", async ({ config }) => {
  const svc = await openCatalogServices(config);
  try {
    const started = performance.now();
    const { total } = await svc.store.countStaleEmbeddings(svc.embedder.model);
    const progress = createProgress("reindex", total, "products");
    const done = await reindexCatalog(svc, (n) => {
      const secs = (performance.now() - started) / 1000;
      progress.update(n, { rows: n, rate: Math.round(n / Math.max(secs, 0.001)) });
    });
    progress.stop();
    const secs = (performance.now() - started) / 1000;
    console.log(`Re-indexed ${done.toLocaleString("en")} products with ${svc.embedder.model} into ${svc.index.name} in ${secs.toFixed(1)} s.`);
  } finally {
    await svc.close();
  }
});
