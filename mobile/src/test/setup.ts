// Jest setup (setupFiles): what the phone's native modules would do, in memory.

// The keychain: one map per test file; src/test/secureStore.ts reads and clears it.
jest.mock("expo-secure-store", () => {
  const store = new Map<string, string>();
  return {
    __store: store,
    getItemAsync: jest.fn(async (key: string) => store.get(key) ?? null),
    setItemAsync: jest.fn(async (key: string, value: string) => void store.set(key, value)),
    deleteItemAsync: jest.fn(async (key: string) => void store.delete(key)),
  };
});

// expo-crypto's getRandomBytes needs no mock: under jest (__DEV__, no native sync hook) it falls
// back to Math.random, which is enough for ids and idempotency keys that must merely differ.
