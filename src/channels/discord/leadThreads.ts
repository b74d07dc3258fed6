// Lead threads over their life: closed leads are archived, so the guild never reaches Discord's
// cap on active threads (160006), and a member who links late is added to the threads of their
// seller's live leads. Discord refuses to add anyone to an archived thread (50083) — and it
// archives a quiet thread by itself after a week — so such a thread is unarchived for the add and
// archived again, leaving the guild's active-thread count as it was.
import { DiscordAPIError, type REST } from "discord.js";
import type { APIThreadChannel } from "discord-api-types/v10";
import type { Logger } from "../../logger.js";
import type { SellerDeskStore } from "../../ports/sellerDesk.js";
import { FINAL_STATUSES, type IntroductionStatus } from "../../core/deals/index.js";

/** Leads a newly linked member must see: still open, or accepted (the two sides still meet there). */
export const LIVE_STATUSES = ["proposed", "delivered", "viewed", "quoted", "accepted"] as const satisfies readonly IntroductionStatus[];

/** Closed for good: declined by either side (spam reports included) or expired. An accepted deal closes when contacts are exchanged. */
export const archivesThread = (status: IntroductionStatus): boolean => status !== "accepted" && FINAL_STATUSES.includes(status);

const THREAD_ARCHIVED = 50083;
const isArchivedThread = (e: unknown): boolean => e instanceof DiscordAPIError && Number(e.code) === THREAD_ARCHIVED;

export function createLeadThreads(o: { rest: REST; log: Logger }) {
  const setArchived = (threadId: string, archived: boolean, signal?: AbortSignal) =>
    o.rest.patch(`/channels/${threadId}`, { body: { archived }, ...(signal ? { signal } : {}) });

  return {
    /** Archives a closed lead's thread; best effort (a failure is logged: the thread only stays active). */
    async archive(threadId: string, context: Record<string, unknown>): Promise<boolean> {
      try {
        await setArchived(threadId, true);
        return true;
      } catch (e) {
        o.log.warn({ err: e, threadId, ...context }, "lead thread not archived (Caravan needs 'Manage Threads' in #leads)");
        return false;
      }
    },
    /**
     * Adds a member, unarchiving an archived thread for the add and archiving it again. `look`
     * reads the thread first (an old thread may be archived); a thread just made is simply added to.
     */
    async addMember(threadId: string, userId: string, opts: { signal?: AbortSignal; look?: boolean } = {}): Promise<void> {
      const signal = opts.signal;
      const put = () => o.rest.put(`/channels/${threadId}/thread-members/${userId}`, signal ? { signal } : {});
      const thread = opts.look ? ((await o.rest.get(`/channels/${threadId}`, signal ? { signal } : {})) as APIThreadChannel) : null;
      if (!thread?.thread_metadata?.archived) {
        try {
          return void (await put());
        } catch (e) {
          // Archived between our look and the add.
          if (!isArchivedThread(e)) throw e;
        }
      }
      await setArchived(threadId, false, signal);
      try {
        await put();
      } finally {
        await setArchived(threadId, true, signal);
      }
    },
  };
}
export type LeadThreads = ReturnType<typeof createLeadThreads>;

/** After /link: adds the member to their seller's live lead threads. Best effort per thread. */
export function createThreadAccess(o: { rest: REST; desk: SellerDeskStore; log: Logger }) {
  const threads = createLeadThreads(o);
  return async function addToSellerThreads(sellerId: string, userId: string): Promise<number> {
    let added = 0;
    for (const r of await o.desk.leadThreads(sellerId, LIVE_STATUSES)) {
      try {
        await threads.addMember(r.threadId, userId, { look: true });
        added++;
      } catch (e) {
        o.log.warn({ err: e, introductionId: r.introductionId, userId }, "could not add a newly linked member to a lead thread (Caravan needs 'Manage Threads' in #leads)");
      }
    }
    return added;
  };
}
