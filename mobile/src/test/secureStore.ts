import * as SecureStore from "expo-secure-store";

/** The keychain mocked in src/test/setup.ts: what the app stored there, by key. */
export function secureStore(): Map<string, string> {
  return (SecureStore as unknown as { __store: Map<string, string> }).__store;
}
