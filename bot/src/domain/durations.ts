// ISO 8601 durations from the organisation file (remind: [P14D, P1D], due: P3D, agendaDue: P14D) applied in
// local calendar terms: P1D is "the same wall-clock time the next day", 23 or 25 hours across a daylight-saving
// change; PT2H is two hours of elapsed time.
import { DateTime, Duration } from "luxon";
import type { IsoDuration } from "./organisation";

/** Parses an ISO 8601 duration such as "P14D", "P1W", "PT2H" or "P1DT12H"; throws naming the bad value. */
export function parseDuration(iso: IsoDuration): Duration {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid) throw new Error(`Invalid duration "${iso}": expected ISO 8601, e.g. "P14D", "P1W" or "PT2H"`);
  return duration;
}

/** The instant `iso` after `instant`, counted on the wall clock of `zone`. */
export function addDuration(instant: Date, iso: IsoDuration, zone: string): Date {
  return inZone(instant, zone).plus(parseDuration(iso)).toJSDate();
}

/** The instant `iso` before `instant`, counted on the wall clock of `zone`. */
export function subtractDuration(instant: Date, iso: IsoDuration, zone: string): Date {
  return inZone(instant, zone).minus(parseDuration(iso)).toJSDate();
}

function inZone(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new Error(`Cannot read ${String(instant)} in time zone "${zone}": ${local.invalidExplanation}`);
  return local;
}
