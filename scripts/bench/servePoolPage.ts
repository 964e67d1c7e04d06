import { resolve } from "node:path";
import { createServer, type ViteDevServer } from "vite";

/**
 * Serves pool-page/ (the pure core in a page, with module Web Workers) with Vite on `port`,
 * cross-origin isolated as vite.config.ts makes the app, so SharedArrayBuffer is there.
 */
export async function servePoolPage(port: number): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: resolve("scripts/bench/pool-page"),
    logLevel: "error",
    server: {
      port,
      strictPort: true,
      host: "127.0.0.1",
      headers: {
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Embedder-Policy": "require-corp",
      },
      fs: { allow: [resolve(".")] },
    },
    worker: { format: "es" },
  });
  await server.listen();
  return server;
}
