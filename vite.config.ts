import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Cross-origin isolation lets workers share memory (SharedArrayBuffer). A static host must
// send the same two headers; see README.
const isolation = {
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Embedder-Policy": "require-corp",
};

export default defineConfig({
  plugins: [react()],
  server: { headers: isolation },
  preview: { headers: isolation },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/cli/**/*.test.ts"],
    testTimeout: 20_000,
    environment: "node",
    globalSetup: ["tests/support/buildWasm.ts"],
  },
});
