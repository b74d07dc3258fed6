// Rebuilds the vector index from the catalog: clear, then embed every product in batches.
// Used after switching embedder, model, dimensions or index backend.
import { vectorMetadata, type SeedDeps } from "./seedCatalog.js";

export async function reindexCatalog(deps: SeedDeps, onProgress?: (done: number) => void, batch = 500): Promise<number> {
  await deps.index.clear();
  let done = 0;
  for await (const products of deps.store.allProducts(batch)) {
    const vectors = await deps.embedder.embedDocuments(products.map((p) => deps.describe(p)));
    await deps.index.upsert(
      products.map((p, i) => ({ id: p.id, values: vectors[i]!, metadata: vectorMetadata(p.sellerId, p) })),
    );
    await deps.store.markEmbedded(products.map((p) => ({ id: p.id, contentHash: p.contentHash })), deps.embedder.model, deps.embedder.dimensions);
    done += products.length;
    onProgress?.(done);
  }
  return done;
}
