import * as SQLite from "expo-sqlite";

import type { KeyValueStore } from "./keyValue";

/** The phone's store: one SQLite table, each write one transaction. */
export async function openDeviceStore(name = "junlite-field.db"): Promise<KeyValueStore> {
  const db = await SQLite.openDatabaseAsync(name);
  await db.execAsync("PRAGMA journal_mode = WAL; CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY NOT NULL, v TEXT NOT NULL);");
  return {
    async get(key) {
      const row = await db.getFirstAsync<{ v: string }>("SELECT v FROM kv WHERE k = ?", key);
      return row?.v ?? null;
    },
    async entries(prefix) {
      // The upper bound keeps the primary key's index in use (LIKE would not, with its escapes).
      const rows = await db.getAllAsync<{ k: string; v: string }>(
        "SELECT k, v FROM kv WHERE k >= ? AND k < ? ORDER BY k",
        prefix,
        prefix + "\uffff",
      );
      return rows.map((row) => [row.k, row.v]);
    },
    async write({ set = [], remove = [] }) {
      await db.withExclusiveTransactionAsync(async (tx) => {
        for (const key of remove) await tx.runAsync("DELETE FROM kv WHERE k = ?", key);
        for (const [key, value] of set) await tx.runAsync("INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)", key, value);
      });
    },
  };
}
