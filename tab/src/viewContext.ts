// What every view is given by the App: its own module, so the views and the App that lazy-loads them do not
// import each other.
import type { ApiClient, Me, OrgData } from "./api";
import type { Host } from "./teams";
import type { Texts } from "./texts";

/** Everything a view needs. */
export interface ViewProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly t: Texts;
  readonly org: OrgData;
  readonly host: Host;
}
