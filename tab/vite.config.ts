// Builds the tab into tab/dist; the server serves it under /tab.
import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  root: __dirname,
  base: "/tab/",
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, "dist"),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(__dirname, "index.html"), config: resolve(__dirname, "config.html") } },
  },
});
