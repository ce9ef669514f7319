import type { KeyValueStore } from "../storage/keyValue";

/** A photo taken on the phone, kept until the server has all of it. */
export interface LocalPhoto {
  /** Also the file's id on the server (PUT /api/files/{id}): a retried upload cannot store it twice. */
  id: string;
  name: string;
  contentType: string;
  size: number;
  /** Bytes the server has confirmed; an interrupted upload resumes here. */
  uploaded: number;
  /** The server's global id once the upload finished. */
  fileId?: string;
  createdAt: string;
}

const META = "photo:";
const DATA = "photoData:";

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Photos and their bytes in the device store (base64: the one form every platform's picker gives). */
export class PhotoStore {
  constructor(private readonly kv: KeyValueStore) {}

  async add(photo: { id: string; name: string; contentType: string; base64: string }): Promise<LocalPhoto> {
    const local: LocalPhoto = {
      id: photo.id,
      name: photo.name,
      contentType: photo.contentType,
      size: Math.floor((photo.base64.length * 3) / 4) - (photo.base64.endsWith("==") ? 2 : photo.base64.endsWith("=") ? 1 : 0),
      uploaded: 0,
      createdAt: new Date().toISOString(),
    };
    await this.kv.write({
      set: [
        [DATA + photo.id, photo.base64],
        [META + photo.id, JSON.stringify(local)],
      ],
    });
    return local;
  }

  async get(id: string): Promise<LocalPhoto | null> {
    const raw = await this.kv.get(META + id);
    return raw ? (JSON.parse(raw) as LocalPhoto) : null;
  }

  async bytes(id: string): Promise<Uint8Array> {
    const base64 = await this.kv.get(DATA + id);
    if (base64 === null) throw new Error(`photo ${id} has no data`);
    return base64ToBytes(base64);
  }

  async dataUri(id: string): Promise<string | null> {
    const [photo, base64] = await Promise.all([this.get(id), this.kv.get(DATA + id)]);
    return photo && base64 ? `data:${photo.contentType};base64,${base64}` : null;
  }

  async save(photo: LocalPhoto): Promise<void> {
    await this.kv.write({ set: [[META + photo.id, JSON.stringify(photo)]] });
  }

  /** Once uploaded and attached, the bytes leave the phone (the record keeps the server's copy). */
  async discardData(id: string): Promise<void> {
    await this.kv.write({ remove: [DATA + id] });
  }

  async pending(): Promise<LocalPhoto[]> {
    return (await this.kv.entries(META)).map(([, value]) => JSON.parse(value) as LocalPhoto).filter((photo) => !photo.fileId);
  }
}
