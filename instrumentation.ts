export async function register(): Promise<void> {
  // NEXT_RUNTIME is not configuration: Next inlines it per bundle, which lets the edge bundle drop the import.
  // eslint-disable-next-line no-restricted-properties -- must stay a literal process.env read to be inlined
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before any request is served: rate limits need each request's socket address (src/http/peer-address-stamp.ts).
  const { installPeerAddressStamp } = await import("./src/http/install-peer-address-stamp");
  installPeerAddressStamp();
  const { installGracefulShutdown, sweepAfterCrash } = await import("./src/runtime/graceful-shutdown");
  sweepAfterCrash();
  const { startLocalScheduler } = await import("./src/jobs/start-local-scheduler");
  installGracefulShutdown(startLocalScheduler());
}
