// Which step a command runs. Typed text is routed by the chat's state, but commands typed as text
// (`/new`, `/language fr`, "cancel", "annuler", "stop") always win over a pending question.
import type { Turn } from "./deps.js";
import { typedCommand, type BuyerCommand } from "./commands.js";
import { stale, type Reply } from "./replies.js";
import { answerQuestion } from "./request/answer.js";
import { editedRequest, newRequest } from "./request/newRequest.js";
import { cancelRequest, listRequests, startEdit } from "./request/manage.js";
import { search } from "./shortlist/search.js";
import { introduceOne, introduceTop } from "./shortlist/introduce.js";
import { startWatch } from "./shortlist/watch.js";
import { accept, decline, declineThread, startCounter } from "./thread/quote.js";
import { counterText, routeReply, sendToThread, startWrite } from "./thread/write.js";
import { shareContact } from "./thread/contact.js";
import { quotes, threads } from "./thread/lists.js";
import { chooseCompanyType, profileText, startProfile } from "./profile/profile.js";
import { cancel, language, newRequestPrompt, start } from "./session.js";

async function onText(turn: Turn, text: string, replyTo?: string, clientKey?: string): Promise<Reply[]> {
  const typed = typedCommand(text);
  if (typed) return route(turn, typed);
  if (replyTo) {
    const routed = await routeReply(turn, replyTo, text, clientKey);
    if (routed) return routed;
  }
  const st = turn.state;
  switch (st.mode) {
    case "clarify": return answerQuestion(turn, st, text);
    case "edit": return editedRequest(turn, st.requestId, text);
    case "write": return sendToThread(turn, st.introductionId, st.sellerName, text, st.question ?? false, clientKey);
    case "counter": return counterText(turn, st.introductionId, text, clientKey);
    case "profile": return profileText(turn, st.step, text);
    case "idle": return newRequest(turn, text);
  }
}

export async function route(turn: Turn, cmd: BuyerCommand): Promise<Reply[]> {
  switch (cmd.kind) {
    case "text": return onText(turn, cmd.text, cmd.replyTo, cmd.clientKey);
    case "start": return start(turn);
    case "help": return [{ kind: "notice", msg: { key: "tg-help" } }];
    case "newRequest": return newRequestPrompt(turn);
    case "cancel": return cancel(turn);
    case "language": return language(turn, cmd.language);
    case "requests": return listRequests(turn);
    case "quotes": return quotes(turn);
    case "threads": return threads(turn);
    case "search": case "more": return search(turn, cmd);
    case "edit": return startEdit(turn, cmd);
    case "cancelRequest": return cancelRequest(turn, cmd.requestId);
    case "introduce": return introduceOne(turn, cmd.matchId);
    case "introduceTop": return introduceTop(turn, cmd.requestId, cmd.round);
    case "watch": return startWatch(turn, cmd.requestId);
    case "accept": return accept(turn, cmd.quoteId);
    case "decline": return decline(turn, cmd.quoteId);
    case "declineThread": return declineThread(turn, cmd.introductionId);
    case "counter": return startCounter(turn, cmd.quoteId);
    case "counterText": return counterText(turn, cmd.introductionId, cmd.text);
    case "ask": return startWrite(turn, cmd.introductionId, true, cmd.text);
    case "write": return startWrite(turn, cmd.introductionId, false, cmd.text);
    case "shareContact": return shareContact(turn, cmd.introductionId, cmd.contact);
    case "profile": return startProfile(turn);
    case "profileType": return chooseCompanyType(turn, cmd.companyType);
    case "stale": return [stale()];
  }
}
