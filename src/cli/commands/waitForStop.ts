/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM): how `serve` and `lab start` end. */
export function waitForStop(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
