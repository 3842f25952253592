// Who the Teams user is in the organisation. Teams always gives the Entra object id; organisation files usually
// carry e-mails, so when the id is not in the file the member's e-mail/UPN is asked from Teams (one call).
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Directory } from "../domain/directory";
import type { Person } from "../domain/organisation";
import type { Logger } from "../logger";

/** Links the Teams user to a person: by Entra object id, else by the e-mail/UPN Teams knows. */
export async function identifyAsker(context: TurnContext, directory: Directory, logger: Logger): Promise<{ person?: Person; email?: string }> {
  const from = context.activity.from;
  const byId = directory.identify({ aadObjectId: from?.aadObjectId });
  if (byId) return { person: byId };
  try {
    const member = await TeamsInfo.getMember(context, from.id);
    const email = member.email || member.userPrincipalName;
    return { person: directory.identify({ aadObjectId: member.aadObjectId, email }), email };
  } catch (err) {
    logger.warn({ err }, "could not look up the Teams member");
    return {};
  }
}
