// The channel tab's configuration page: pick the view the tab starts on.
import { useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, teamsLightTheme, Radio, RadioGroup, Label } from "@fluentui/react-components";

const views = [
  ["organisation", "Organisation"],
  ["fyrtaarne", "Fyrtårne"],
  ["rulleplan", "Rulleplan"],
  ["kontroller", "Møder og kontroller"],
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
      <Label id="start">Fanen starter på</Label>
      <RadioGroup aria-labelledby="start" value={view} onChange={(_, d) => void choose(d.value)}>
        {views.map(([id, name]) => (
          <Radio key={id} value={id} label={name} />
        ))}
      </RadioGroup>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(<Config />);
