import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./teams";

detectHost().then((host) => createRoot(document.getElementById("root")!).render(<App host={host} />));
