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
        // ECharts and the libraries every screen uses (React, the router, the GraphQL client)
        // in chunks of their own, so a change of ours does not bust their cache. The rest,
        // Ant Design included, is left to the bundler: components only a lazy screen uses
        // (Tree, Calendar, ColorPicker…) then travel with that screen, not in the first load.
        manualChunks(id: string) {
          if (/node_modules\/(echarts|zrender)\//.test(id)) return "charts";
          if (/node_modules\/(react|react-dom|scheduler|react-router|urql|@urql|wonka|graphql|graphql-ws)\//.test(id)) return "vendor";
          return undefined;
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
