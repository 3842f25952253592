// What a planned reminder is: the one type plan.ts, followUps.ts, the scheduler and the card builders share, in
// its own module so that the planners import it without importing each other.

/** Who gets a reminder: the department channel or one person's personal chat. */
export type Recipient = { readonly kind: "channel" } | { readonly kind: "person"; readonly personId: string };

/** Reminders that follow from what happened (followUps.ts): a meeting's minutes, the morning card. */
export type FollowUpKind = "minutes" | "morning";

/**
 * The kinds of reminder: a meeting at one of its `remind` offsets, a check at its time, the same check again when
 * overdue, the escalation of an overdue check, and the Monday digest.
 */
export type ReminderKind = "meeting" | "check" | "overdue" | "escalation" | "digest" | FollowUpKind;

/** One reminder to one recipient. */
export interface PlannedReminder {
  readonly kind: ReminderKind;
  /** Meeting or check id; "digest" for digests. */
  readonly itemId: string;
  /** Occurrence key ("mitid@2026-11-23"); for digests "digest@<monday>". */
  readonly occurrence: string;
  /** The `remind` offset, for meeting reminders (a meeting has several). */
  readonly offset?: string;
  readonly recipient: Recipient;
  /** When it is due. */
  readonly at: Date;
}
