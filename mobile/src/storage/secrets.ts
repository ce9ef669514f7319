import * as SecureStore from "expo-secure-store";

/** Tokens live in the phone's keychain / keystore, not in the record store. */
export const secrets = {
  get: (key: string) => SecureStore.getItemAsync(key),
  set: (key: string, value: string) => SecureStore.setItemAsync(key, value),
  remove: (key: string) => SecureStore.deleteItemAsync(key),
};
