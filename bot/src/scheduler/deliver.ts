// Proactive sending through the Bot Framework adapter: continueConversationAsync posts to the reference's
// serviceUrl (Teams, the Agents Playground or a test's mock connector).
import type { CloudAdapter } from "botbuilder";
import type { Deliver } from "./scheduler";

/** A Deliver that posts through the adapter as the given bot app id (empty locally). */
export function adapterDeliver(adapter: Pick<CloudAdapter, "continueConversationAsync">, appId: string): Deliver {
  return async (reference, activity) => {
    // A failing turn goes to the adapter's onTurnError, which logs and swallows it; the sender must see the
    // connector's status (429, 403, …), so the error is carried out of the turn.
    let failure: { error: unknown } | undefined;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        await context.sendActivity(activity);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  };
}
