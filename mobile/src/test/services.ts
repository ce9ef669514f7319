import { createServices, type Services } from "../core/services";
import { MemoryKeyValueStore } from "../storage/keyValue";
import type { FakeServer } from "./fakeServer";
import { CHEN_JING, type Rep, SERVER_ADDRESS } from "./fixtures";
import { secureStore } from "./secureStore";

export type TestServices = Services & { kv: MemoryKeyValueStore };

const started: Services[] = [];

/**
 * The app's services on a fresh phone (a memory device store, an empty keychain) talking to
 * `server`, with `rep` (陈静 unless named) signed in through the server's `login`.
 */
export async function makeServices(server: FakeServer, options: { rep?: Rep | null; kv?: MemoryKeyValueStore } = {}): Promise<TestServices> {
  if (!options.kv) secureStore().clear();
  const kv = options.kv ?? new MemoryKeyValueStore();
  const services = await createServices(kv, server.fetch);
  started.push(services);
  // rep: null leaves the phone signed out (the sign-in screen's own tests).
  const rep = options.rep === undefined ? CHEN_JING : options.rep;
  if (rep) await services.session.signIn(SERVER_ADDRESS, rep.login, rep.password);
  return { ...services, kv };
}

/** The app started again on the same phone (after a crash or a reboot): same store, same keychain. */
export async function restart(server: FakeServer, kv: MemoryKeyValueStore): Promise<TestServices> {
  const services = await createServices(kv, server.fetch);
  started.push(services);
  return { ...services, kv };
}

/** Stops the retry timers of every app started in this test (call in afterEach). */
export function stopServices(): void {
  for (const services of started.splice(0)) services.sync.stop();
}
