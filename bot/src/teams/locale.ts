// The language to use before a question is understood: the Teams client's locale, Danish unless it is English.
import type { Activity } from "botbuilder";

/** "en" for an English client locale, otherwise "da". */
export function localeLang(activity: Pick<Activity, "locale">): "da" | "en" {
  return (activity.locale ?? "").toLowerCase().startsWith("en") ? "en" : "da";
}
