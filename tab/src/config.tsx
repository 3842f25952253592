// The channel tab's configuration page: pick the view the tab starts on.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, teamsLightTheme, Radio, RadioGroup, Label } from "@fluentui/react-components";
import { textsFor } from "./texts";

// The configuration page runs before the tab has a Teams context: the browser's language decides.
const t = textsFor(navigator.language.toLowerCase().startsWith("en") ? "en" : "da");
const views = [
  ["organisation", t.organisation],
  ["fyrtaarne", t.fyrtaarne],
  ["rulleplan", t.rulleplan],
  ["kontroller", t.checksTab],
  ["kompetencer", t.competenceMap],
] as const;

function Config() {
  const [view, setView] = useState("organisation");
  const choose = async (value: string) => {
    setView(value);
    if (window.parent === window) return;
    const { app, pages } = await import("@microsoft/teams-js");
    await app.initialize();
    pages.config.registerOnSaveHandler((save) => {
      void pages.config
        .setConfig({ contentUrl: `${location.origin}/tab/?view=${value}`, entityId: `fyrtaarn-${value}`, suggestedDisplayName: "Fyrtårn" })
        .then(() => save.notifySuccess());
    });
    pages.config.setValidityState(true);
  };
  return (
    <FluentProvider theme={teamsLightTheme} style={{ padding: 16 }}>
      <Label id="start">{t.configStart}</Label>
      <RadioGroup aria-labelledby="start" value={view} onChange={(_, d) => void choose(d.value)}>
        {views.map(([id, name]) => (
          <Radio key={id} value={id} label={name} />
        ))}
      </RadioGroup>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Config />);
