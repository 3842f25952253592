// The tab: theme and language from the host, sign-in (Teams token or the development picker), three views.
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { FluentProvider, teamsLightTheme, teamsDarkTheme, teamsHighContrastTheme, MessageBar, MessageBarBody, Spinner, Text, type Theme } from "@fluentui/react-components";
import "./styles.css";
import { Tabs } from "./components/Tabs";
import { createApi, type DevPerson, type Me, type OrgData } from "./api";
import { noticeOf } from "./notice";
import type { Host, ThemeName } from "./teams";
import { textsFor, type Texts } from "./texts";
import type { ViewProps } from "./viewContext";

// Each view's code loads when it is first opened, so the first screen parses only what it shows.
const FyrtaarnView = lazy(() => import("./views/FyrtaarnView").then((m) => ({ default: m.FyrtaarnView })));
const RotaView = lazy(() => import("./views/RotaView").then((m) => ({ default: m.RotaView })));
const ChecksView = lazy(() => import("./views/ChecksView").then((m) => ({ default: m.ChecksView })));
const CompetenceView = lazy(() => import("./views/CompetenceView").then((m) => ({ default: m.CompetenceView })));

// The chart and its libraries (d3-hierarchy, d3-zoom) load only when the Organisation view opens.
const loadOrganisationView = () => import("./views/OrganisationView");
const OrganisationView = lazy(loadOrganisationView);

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };
const VIEWS = ["organisation", "fyrtaarne", "rulleplan", "kontroller", "kompetencer"] as const;
type View = (typeof VIEWS)[number];

/** The page around the Fluent provider (body, links, focus, search marks) in the theme's colours. */
function pageColours(theme: Theme): void {
  const root = document.documentElement.style;
  root.setProperty("--page-bg", theme.colorNeutralBackground1);
  root.setProperty("--page-fg", theme.colorNeutralForeground1);
  root.setProperty("--link", theme.colorBrandForegroundLink);
  root.setProperty("--focus", theme.colorStrokeFocus2);
  root.setProperty("--found", theme.colorPaletteMarigoldBorderActive);
  root.setProperty("--rule", theme.colorNeutralStroke2);
}

function DevSignIn({ t, onPick, current }: { t: Texts; onPick: (id: string) => void; current?: string }) {
  const [people, setPeople] = useState<readonly DevPerson[]>([]);
  useEffect(() => {
    // Development only: without the list the picker is empty, and the tab still opens with ?as=<id>.
    fetch("/api/dev/people").then((r) => (r.ok ? r.json() : [])).then(setPeople, (err) => {
      console.warn("the development sign-in's people could not be fetched", err);
      setPeople([]);
    });
  }, []);
  return (
    <MessageBar intent="warning" className="dev-banner">
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
  const api = useMemo(() => createApi({ getToken: host.getToken, devPerson, lang: host.lang }), [host, devPerson]);
  const [me, setMe] = useState<Me>();
  const [org, setOrg] = useState<OrgData>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<View>(VIEWS.find((v) => v === host.startView) ?? "organisation");

  useEffect(() => host.onThemeChange(setTheme), [host]);
  // Starting on the chart: fetch its code while the organisation is being fetched, not after.
  useEffect(() => void (view === "organisation" && loadOrganisationView()), []);
  useEffect(() => pageColours(themes[theme]), [theme]);
  useEffect(() => {
    document.documentElement.lang = host.lang;
    if (!host.inTeams && !devPerson) return;
    setError(undefined);
    Promise.all([api.get<Me>("/api/me"), api.get<OrgData>("/api/org")]).then(
      ([m, o]) => {
        setMe(m);
        setOrg(o);
      },
      (err) => setError(noticeOf(err, t).text),
    );
  }, [api]);

  const props = (me: Me, org: OrgData): ViewProps => ({ api, me, t, org, host });

  const pick = (id: string) => {
    // The same person again changes nothing (and must not leave the tab waiting for an answer never asked for).
    if ((id || undefined) === devPerson) return;
    sessionStorage.setItem("devPerson", id);
    setMe(undefined);
    setOrg(undefined);
    setDevPerson(id || undefined);
  };

  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: "100vh" }}>
      <main style={{ padding: "8px clamp(8px, 3vw, 16px)" }}>
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
            <Tabs<View>
              label={t.views}
              selected={view}
              onSelect={setView}
              tabs={[
                { value: "organisation", label: t.organisation },
                { value: "fyrtaarne", label: t.fyrtaarne },
                { value: "rulleplan", label: t.rulleplan },
                { value: "kontroller", label: t.checksTab },
                { value: "kompetencer", label: t.competenceMap },
              ]}
            />
            <section style={{ paddingTop: 8 }}>
              <Suspense fallback={<Spinner label={t.loading} />}>
                {view === "organisation" && <OrganisationView {...props(me, org)} />}
                {view === "kompetencer" && <CompetenceView {...props(me, org)} />}
                {view === "fyrtaarne" && <FyrtaarnView {...props(me, org)} />}
                {view === "rulleplan" && <RotaView {...props(me, org)} />}
                {view === "kontroller" && <ChecksView {...props(me, org)} />}
              </Suspense>
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
