import { createBandHost } from "./createBandHost.ts";
import type { PoolWorker } from "./PoolWorker.ts";
import type { BandReply } from "./protocol.ts";

/**
 * A band "worker" on the calling thread, running the same host as a real one: for tests, and
 * where workers cannot be started. Requests and replies are delivered asynchronously and in
 * order, as a worker's would be; nothing is copied, which the host never relies on. It cannot
 * wait at a barrier, so a pool of these runs in `transfer` mode.
 */
export function createInProcessWorker(): PoolWorker {
  let onReply: (reply: BandReply) => void = () => {};
  let terminated = false;
  const handle = createBandHost((reply) =>
    queueMicrotask(() => {
      if (!terminated) onReply(reply);
    }),
  );
  return {
    where: "main thread",
    post(request) {
      queueMicrotask(() => {
        if (!terminated) handle(request);
      });
    },
    listen(listener) {
      onReply = listener;
    },
    terminate() {
      terminated = true;
    },
  };
}
