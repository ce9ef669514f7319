import { createApi, type Api } from "../api/client";
import { createUploader, type Uploader } from "../api/uploads";
import { Outbox } from "../offline/outbox";
import { PhotoStore } from "../offline/photos";
import { RecordStore } from "../offline/records";
import { makeRefresh } from "../offline/refresh";
import { SyncEngine } from "../offline/sync";
import { Session } from "../session/session";
import type { KeyValueStore } from "../storage/keyValue";

/** Everything the screens use, built once at start-up (or per test, with a memory store and a fake fetch). */
export interface Services {
  session: Session;
  api: Api;
  records: RecordStore;
  outbox: Outbox;
  photos: PhotoStore;
  uploader: Uploader;
  sync: SyncEngine;
}

export async function createServices(kv: KeyValueStore, send?: typeof fetch): Promise<Services> {
  const session = new Session(send);
  await session.load();
  const api = createApi(session, send);
  const [records, outbox] = await Promise.all([RecordStore.open(kv), Outbox.open(kv)]);
  const photos = new PhotoStore(kv);
  const uploader = createUploader(session, photos, send);
  const refresh = makeRefresh(api, records, outbox, () => session.user?.id ?? null);
  const sync = new SyncEngine(api, outbox, records, photos, uploader, () => session.user?.id ?? null, refresh);
  return { session, api, records, outbox, photos, uploader, sync };
}
