/**
 * Runs tasks after the messages already waiting, through a MessageChannel: unlike nested
 * `setTimeout(0)`, which browsers hold back to 4 ms, it costs a step's chunks nothing.
 */
export function yieldThroughChannel(): (task: () => void) => void {
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
}
