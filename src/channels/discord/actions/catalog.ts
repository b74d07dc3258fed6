// /catalog upload (with the file as an attachment) and /catalog status. The seller is always the
// caller's link, never the file's. Deferred first: downloading and importing a file of thousands
// of rows (embedding included) takes far longer than Discord's 3 seconds. The name and announced
// size are checked before anything is downloaded; the bytes are checked again before reading.
import { checkUploadName, MAX_UPLOAD_BYTES } from "../../../core/catalog/uploadCheck.js";
import { t } from "../../../locales/index.js";
import { uploadLimitMb } from "../../../locales/catalogReport.js";
import { refusalContent, statusContent, uploadContent } from "../catalogReply.js";
import { action } from "./context.js";

export const CATALOG_COMMAND = action({
  response: "deferred",
  parse: (ev) => ({ sub: ev.subcommand === "upload" ? ("upload" as const) : ("status" as const), file: ev.attachment ?? null }),
  async run(c, { sub, file }) {
    const seller = await c.deps.stores.desk.memberSeller("discord", c.ev.userId);
    if (!seller) return c.say(t(c.lang, "discord-not-linked"));
    const catalog = c.deps.catalog;
    if (!catalog) throw new Error("the seller desk was built without a SellerCatalog");
    if (sub === "status") return c.say(statusContent(c.lang, await catalog.status(seller.id), seller.name));

    if (!file) return c.say(t(c.lang, "catalog-upload-no-file", { limit: uploadLimitMb() }));
    const pre = checkUploadName(file.name, file.size);
    if (!pre.ok) return c.say(refusalContent(c.lang, pre, file.name));
    const got = await c.deps.download(file, MAX_UPLOAD_BYTES);
    if (!got.ok) {
      if (got.reason === "too_big") return c.say(refusalContent(c.lang, { reason: "too_big", bytes: MAX_UPLOAD_BYTES + 1, limit: MAX_UPLOAD_BYTES }, file.name));
      c.deps.log.warn({ user: c.ev.userId, file: file.name }, "catalog attachment not downloaded");
      return c.say(t(c.lang, "catalog-upload-download-failed"));
    }
    const out = await catalog.upload({ sellerId: seller.id, platform: "discord", userId: c.ev.userId, fileName: file.name, bytes: got.bytes });
    if (out.kind === "imported") c.deps.log.info({ seller: seller.id, file: out.report.fileName, read: out.report.read, rejected: out.report.rejected }, "seller catalog uploaded");
    await c.say(uploadContent(c.lang, out, file.name, seller.name));
  },
});
