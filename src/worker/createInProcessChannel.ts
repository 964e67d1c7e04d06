/**
 * A "worker" on the calling thread, the same host as a real one behind it: for tests, and where
 * workers cannot start. Requests and replies are delivered asynchronously and in order, as a
 * worker's would be, and nothing is delivered once it is terminated. Nothing is copied, which
 * the hosts never rely on. `startHost` gets the function that posts a reply and one that says
 * whether the channel is still open (for work the host schedules itself), and returns the
 * function that handles a request.
 */
export function createInProcessChannel<Request, Reply>(
  startHost: (post: (reply: Reply) => void, open: () => boolean) => (request: Request) => void,
) {
  let onReply: (reply: Reply) => void = () => {};
  let terminated = false;
  const open = () => !terminated;
  const handle = startHost(
    (reply) =>
      queueMicrotask(() => {
        if (open()) onReply(reply);
      }),
    open,
  );
  return {
    where: "main thread" as const,
    post(request: Request) {
      queueMicrotask(() => {
        if (open()) handle(request);
      });
    },
    listen(listener: (reply: Reply) => void) {
      onReply = listener;
    },
    terminate() {
      terminated = true;
    },
  };
}
