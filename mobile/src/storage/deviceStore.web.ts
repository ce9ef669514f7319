import type { KeyValueStore } from "./keyValue";

/** The browser's store: IndexedDB (localStorage holds too little for thousands of records). */
export async function openDeviceStore(name = "junlite-field"): Promise<KeyValueStore> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore("kv");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const finished = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  return {
    async get(key) {
      const tx = db.transaction("kv", "readonly");
      const request = tx.objectStore("kv").get(key);
      await finished(tx);
      return (request.result as string | undefined) ?? null;
    },
    async entries(prefix) {
      const tx = db.transaction("kv", "readonly");
      const range = IDBKeyRange.bound(prefix, prefix + "\uffff", false, true);
      const store = tx.objectStore("kv");
      const keys = store.getAllKeys(range);
      const values = store.getAll(range);
      await finished(tx);
      return (keys.result as string[]).map((key, index) => [key, values.result[index] as string]);
    },
    async write({ set = [], remove = [] }) {
      const tx = db.transaction("kv", "readwrite");
      const store = tx.objectStore("kv");
      for (const key of remove) store.delete(key);
      for (const [key, value] of set) store.put(value, key);
      await finished(tx);
    },
  };
}
