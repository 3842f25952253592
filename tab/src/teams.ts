// The only module that talks to Teams. Outside Teams (a plain browser) teams-js is never loaded and the tab
// runs in development mode, where the development sign-in picks a person.

export type ThemeName = "default" | "dark" | "contrast";
export type Lang = "da" | "en";

/** Where the tab runs and how it should look. */
export interface Host {
  readonly inTeams: boolean;
  readonly theme: ThemeName;
  readonly lang: Lang;
  /** The SSO token for the API (only in Teams). */
  readonly getToken?: () => Promise<string>;
  readonly onThemeChange: (listener: (theme: ThemeName) => void) => void;
  /** Opens a 1:1 chat with the user of this e-mail. */
  readonly chat: (email: string) => void;
  /** The view the channel tab's configuration chose (query ?view=…). */
  readonly startView?: string;
}

const themeOf = (t: string | undefined): ThemeName => (t === "dark" ? "dark" : t === "contrast" ? "contrast" : "default");
const chatUrl = (email: string) => `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(email)}`;

/** Detects Teams; a page not inside a frame is a plain browser. */
export async function detectHost(): Promise<Host> {
  const params = new URLSearchParams(location.search);
  const startView = params.get("view") ?? undefined;
  const plain: Host = {
    inTeams: false,
    theme: themeOf(params.get("theme") ?? undefined),
    lang: params.get("lang") === "en" ? "en" : "da",
    onThemeChange: () => undefined,
    chat: (email) => window.open(chatUrl(email), "_blank", "noopener"),
    startView,
  };
  if (window.parent === window) return plain;
  try {
    const { app, authentication, chat } = await import("@microsoft/teams-js");
    await app.initialize();
    const context = await app.getContext();
    return {
      inTeams: true,
      theme: themeOf(context.app.theme),
      lang: context.app.locale.toLowerCase().startsWith("en") ? "en" : "da",
      // The SSO token straight from teams-js: TeamsFx's TeamsUserCredential returns the same token for 121 kB
      // more gzip at start in Teams (README, "Dependencies").
      getToken: () => authentication.getAuthToken(),
      onThemeChange: (listener) => app.registerOnThemeChangeHandler((t) => listener(themeOf(t))),
      chat: (email) => void chat.openChat({ user: email }).catch(() => app.openLink(chatUrl(email))),
      startView,
    };
  } catch (err) {
    console.warn("Ikke i Teams; fanen kører i udviklingstilstand.", err);
    return plain;
  }
}
