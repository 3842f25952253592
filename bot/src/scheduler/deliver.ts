// Proactive sending through the Bot Framework adapter: continueConversationAsync posts to the reference's
// serviceUrl (Teams, the Agents Playground or a test's mock connector). One call is one HTTP request (the
// adapter's connector client does not retry; see teams/adapter.ts).
import type { CloudAdapter } from "botbuilder";
import type { Deliver } from "./scheduler";

/** A Deliver that posts through the adapter as the given bot app id (empty locally); resolves to Teams' activity id. */
export function adapterDeliver(adapter: Pick<CloudAdapter, "continueConversationAsync">, appId: string): Deliver {
  return async (reference, activity) => {
    // A failing turn goes to the adapter's onTurnError, which logs and swallows it; the sender must see the
    // connector's status (429, 403, …), so the error is carried out of the turn.
    let outcome: { error: unknown } | { id: string } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        const response = await context.sendActivity(activity);
        outcome = { id: response?.id ?? "" };
      } catch (error) {
        outcome = { error };
      }
    });
    if (!outcome) throw new Error("continueConversationAsync did not run the send");
    if ("error" in outcome) throw outcome.error;
    return outcome.id;
  };
}
