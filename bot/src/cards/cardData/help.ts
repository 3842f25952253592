// The data of the help, welcome, not understood and error cards.

/** Names from the organisation to build example questions from; any left out gives a generic example. */
export interface ExampleNames {
  /** An area name ("Valg"). */
  readonly area?: string;
  /** A duty name ("Skranke"). */
  readonly duty?: string;
  /** A first name ("Mette"). */
  readonly person?: string;
  /** A competence word ("budget"). */
  readonly competence?: string;
  /** A meeting title ("Lokal-MED"). */
  readonly meeting?: string;
}

/** Help: what the bot can do and example questions as buttons. */
export interface HelpCardData {
  readonly examples?: ExampleNames;
}

/** Welcome on install: help with a greeting. */
export interface WelcomeCardData extends HelpCardData {
  /** The user's first name, when known. */
  readonly firstName?: string;
  /** The department's name ("Borgerservice & Ydelse"). */
  readonly organisation?: string;
}

/** What the bot recognised in a question it could not answer. */
export interface UnderstoodPart {
  readonly kind: "area" | "duty" | "slot" | "person" | "role" | "date" | "meeting" | "check" | "other";
  /** The recognised thing as shown ("Pas", "i morgen"). */
  readonly text: string;
}

/** A question the bot could not answer: what it understood and "Mente du …?" suggestions. */
export interface UnknownCardData {
  readonly understood: readonly UnderstoodPart[];
  /** Whole questions the user can send with one click, in the asker's language. */
  readonly suggestions: readonly string[];
}

/** What went wrong, for the error card. */
export interface ErrorCardData {
  /** "unavailable": storage cannot be read; "failed": anything else; "unknownUser": the Teams user is not in the organisation. */
  readonly kind: "unavailable" | "failed" | "unknownUser";
  /** For "unknownUser": the e-mail/UPN Teams gave, so the user can tell a coordinator. */
  readonly email?: string;
}
