import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./teams";

// detectHost never rejects: outside Teams (or when Teams does not answer) it resolves to the browser host.
void detectHost().then((host) => createRoot(document.getElementById("root")!).render(<App host={host} />));
