import { createInProcessChannel } from "../createInProcessChannel.ts";
import { createBandHost } from "./createBandHost.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { BandReply, BandRequest } from "./protocol.ts";

/**
 * A band "worker" on the calling thread (see createInProcessChannel). It cannot wait at a
 * barrier, so a pool of these runs in `transfer` mode.
 */
export function createInProcessWorker(): PoolWorker {
  return createInProcessChannel<BandRequest, BandReply>((post) => createBandHost(post));
}
