/// <reference lib="webworker" />
// The universe worker: one infinite-plane world, stepped in chunks; only the pure core, the
// host and the painter of its pictures, nothing from the app.
import { createUniverse } from "../../universe/createUniverse.ts";
import { createBitmapPainter } from "./createBitmapPainter.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseRequest } from "./protocol.ts";
import { yieldThroughChannel } from "./yieldThroughChannel.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createUniverseHost((reply, transfer) => scope.postMessage(reply, transfer), {
  create: createUniverse,
  yieldToMessages: yieldThroughChannel(),
  paint: createBitmapPainter(),
});
scope.onmessage = (event: MessageEvent<UniverseRequest>) => handle(event.data);
