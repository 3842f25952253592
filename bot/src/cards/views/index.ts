// View models: card data turned into exactly what a template binds to. Every word is chosen and every date
// formatted here, and every field a template reads is present (an empty string or list when there is nothing),
// so a template never shows an unexpanded `${…}`.
//
// By card: people.ts (the contact row, person, people list), areas.ts, rota.ts (rota day, duties, cover),
// meetings.ts, checks.ts (checks, check reminder, escalation), digest.ts, help.ts (help, welcome, unknown, error);
// lists.ts cuts long lists to fit a Teams message.
export * from "./areas";
export * from "./checks";
export * from "./digest";
export * from "./help";
export * from "./meetings";
export * from "./people";
export * from "./rota";
