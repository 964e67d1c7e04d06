import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "tests/cli/**/*.test.ts"],
    testTimeout: 20_000,
    environment: "node",
  },
});
