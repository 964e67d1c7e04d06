/// <reference lib="webworker" />
// A band worker of the simulation pool: only the pure core and the band host, nothing from
// the app.
import { createBandHost } from "./createBandHost.ts";
import type { BandRequest } from "./protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createBandHost((reply, transfer) => scope.postMessage(reply, transfer));
scope.onmessage = (event: MessageEvent<BandRequest>) => handle(event.data);
