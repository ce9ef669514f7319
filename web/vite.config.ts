/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API (`junlite dev` or `junlite serve`) serves the built console at `/`; `npm run dev`
// serves it from source and proxies the API, WebSocket subscriptions included.
const api = process.env.JUNLITE_API ?? `http://127.0.0.1:${process.env.JUNLITE_PORT ?? "8000"}`;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/graphql": { target: api, ws: true, changeOrigin: true },
      "/api": { target: api, changeOrigin: true },
      "/forms": { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: "dist",
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Split the big libraries so a change of ours does not bust their cache.
        manualChunks(id: string) {
          if (!id.includes("node_modules")) return undefined;
          if (id.includes("echarts") || id.includes("zrender")) return "charts";
          if (id.includes("antd") || id.includes("@ant-design") || id.includes("rc-")) return "antd";
          return "vendor";
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // Waiting limits, not timings: a machine busy with other suites renders antd slowly.
    testTimeout: 30_000,
  },
});
