// The tab: theme and language from the host, sign-in (Teams token or the development picker), three views.
import { useEffect, useMemo, useState } from "react";
import { FluentProvider, teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme, TabList, Tab, MessageBar, MessageBarBody, Spinner, Text } from "@fluentui/react-components";
import { createApi, type ApiClient, type Me, type OrgData } from "./api";
import type { Host, ThemeName } from "./teams";
import { textsFor, type Texts } from "./texts";
import { OrganisationView } from "./views/OrganisationView";
import { FyrtaarnView } from "./views/FyrtaarnView";
import { RotaView } from "./views/RotaView";
import { ChecksView } from "./views/ChecksView";

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };
type View = "organisation" | "fyrtaarne" | "rulleplan" | "kontroller";

/** Everything a view needs. */
export interface ViewProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly t: Texts;
  readonly org: OrgData;
  readonly host: Host;
}

function DevSignIn({ t, onPick, current }: { t: Texts; onPick: (id: string) => void; current?: string }) {
  const [people, setPeople] = useState<{ id: string; name: string; role: string }[]>([]);
  useEffect(() => {
    fetch("/api/dev/people").then((r) => (r.ok ? r.json() : [])).then(setPeople, () => setPeople([]));
  }, []);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <label>
          {t.devBanner}{" "}
          <select aria-label={t.signIn} value={current ?? ""} onChange={(e) => onPick(e.target.value)} data-testid="dev-person">
            <option value="">–</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.role})
              </option>
            ))}
          </select>
        </label>
      </MessageBarBody>
    </MessageBar>
  );
}

export function App({ host }: { host: Host }) {
  const t = textsFor(host.lang);
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const [devPerson, setDevPerson] = useState<string | undefined>(() => new URLSearchParams(location.search).get("as") ?? sessionStorage.getItem("devPerson") ?? undefined);
  const api = useMemo(() => createApi({ getToken: host.getToken, devPerson }), [host, devPerson]);
  const [me, setMe] = useState<Me>();
  const [org, setOrg] = useState<OrgData>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<View>((["organisation", "fyrtaarne", "rulleplan", "kontroller"] as const).find((v) => v === host.startView) ?? "organisation");

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = host.lang;
    if (!host.inTeams && !devPerson) return;
    setError(undefined);
    Promise.all([api.get<Me>("/api/me"), api.get<OrgData>("/api/org")]).then(
      ([m, o]) => {
        setMe(m);
        setOrg(o);
      },
      (err: Error) => setError(err.message),
    );
  }, [api]);

  const pick = (id: string) => {
    sessionStorage.setItem("devPerson", id);
    setMe(undefined);
    setDevPerson(id || undefined);
  };

  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: "100vh" }}>
      <main style={{ padding: "8px 16px" }}>
        {!host.inTeams && <DevSignIn t={t} onPick={pick} current={devPerson} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {me && org ? (
          <>
            <header style={{ display: "flex", alignItems: "center", gap: 16, flexWrap: "wrap" }}>
              <h1 style={{ fontSize: 20, margin: "8px 0" }}>{org.organisation.name}</h1>
              <Text size={200} data-testid="me">
                {me.person.name} · {me.canEdit ? t.canEditNote : t.readOnlyNote}
              </Text>
            </header>
            <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)}>
              <Tab value="organisation">{t.organisation}</Tab>
              <Tab value="fyrtaarne">{t.fyrtaarne}</Tab>
              <Tab value="rulleplan">{t.rulleplan}</Tab>
              <Tab value="kontroller">{t.checksTab}</Tab>
            </TabList>
            <section style={{ paddingTop: 8 }}>
              {view === "organisation" && <OrganisationView api={api} me={me} t={t} org={org} host={host} />}
              {view === "fyrtaarne" && <FyrtaarnView api={api} me={me} t={t} org={org} host={host} />}
              {view === "rulleplan" && <RotaView api={api} me={me} t={t} org={org} host={host} />}
              {view === "kontroller" && <ChecksView api={api} me={me} t={t} org={org} host={host} />}
            </section>
          </>
        ) : (host.inTeams || devPerson) && !error ? (
          <Spinner label={t.loading} />
        ) : !error ? (
          <Text as="p">{t.devPickHint}</Text>
        ) : null}
      </main>
    </FluentProvider>
  );
}
