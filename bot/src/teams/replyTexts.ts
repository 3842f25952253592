// Short plain-text replies of the bot that are not cards, in Danish and English.

const da = {
  turnFailed: "Beklager, noget gik galt hos mig. Prøv igen om lidt.",
  unavailable: "Jeg kan ikke slå op lige nu. Prøv igen om lidt.",
  cprWarning: "Del venligst ikke CPR-numre i chatten. Jeg har ikke gemt beskeden. Brug sagsnummeret i stedet.",
  empty: "Skriv et spørgsmål, fx \"hvem er fyrtårn for valg?\" eller \"hvad er dagens rulleplan?\". Skriv \"hjælp\" for flere eksempler.",
  tooLong: "Beskeden er for lang til mig. Skriv et kort spørgsmål, fx \"hvem er fyrtårn for pas?\".",
};

const en: typeof da = {
  turnFailed: "Sorry, something went wrong on my side. Please try again in a moment.",
  unavailable: "I can't look things up right now. Please try again in a moment.",
  cprWarning: "Please don't share CPR numbers in chat. I have not stored your message. Use the case number instead.",
  empty: "Ask me a question, e.g. \"who is the lighthouse for passports?\" or \"what's today's rota?\". Type \"help\" for more examples.",
  tooLong: "That message is too long for me. Please ask a short question, e.g. \"who is the lighthouse for passports?\".",
};

/** The reply texts in a language. */
export function texts(lang: "da" | "en"): typeof da {
  return lang === "en" ? en : da;
}
