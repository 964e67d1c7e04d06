/// <reference lib="webworker" />
// The universe worker: one world in any space, stepped in chunks; bounded grids on a band pool
// whose workers it starts itself (nested workers), and a user's rule that did not compile in
// the rule sandbox, through a port the page gives it. Only the pure core, the pool, the host
// and the painter of its pictures, nothing from the app.
import { createBandWorker } from "../pool/createBandWorker.ts";
import { createSandboxLink } from "../sandbox/createSandboxLink.ts";
import { withUserRules } from "../sandbox/createUserRuleUniverse.ts";
import type { SandboxPortMessage } from "../sandbox/protocol.ts";
import { createBitmapPainter } from "./createBitmapPainter.ts";
import { createPooledSpaces } from "./createPooledSpaces.ts";
import { createUniverseHost } from "./createUniverseHost.ts";
import type { UniverseRequest } from "./protocol.ts";
import { yieldThroughChannel } from "./yieldThroughChannel.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const spaces = createPooledSpaces({ createWorker: createBandWorker });
const sandbox = createSandboxLink();
const handle = createUniverseHost((reply, transfer) => scope.postMessage(reply, transfer), {
  create: withUserRules(spaces.create, sandbox),
  resizePool: spaces.resize,
  yieldToMessages: yieldThroughChannel(),
  paint: createBitmapPainter(),
});
scope.onmessage = (event: MessageEvent<UniverseRequest | SandboxPortMessage>) => {
  const message = event.data;
  if (message.kind === "sandbox") sandbox.attach(message.port);
  else handle(message);
};
