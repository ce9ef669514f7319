import type { Session } from "../session/session";
import type { LocalPhoto, PhotoStore } from "../offline/photos";
import { ApiError, NetworkError } from "./errors";

export const CHUNK_BYTES = 256 * 1024;

export interface Uploader {
  /** Uploads what the server does not have yet; the file's global id. */
  upload(photo: LocalPhoto): Promise<string>;
}

interface UploadAnswer {
  id?: string;
  offset?: number;
  error?: { code: string; message: string; offset?: number };
}

/**
 * Resumable, exactly-once uploads (PUT /api/files/{id} with Content-Range, docs/api.md#files):
 * the photo's id is chosen on the phone, each chunk the server confirms is remembered, and an
 * upload cut off by a tunnel resumes at the server's offset instead of starting over.
 */
export function createUploader(session: Session, photos: PhotoStore, send: typeof fetch = (input, init) => fetch(input, init)): Uploader {
  async function call(method: "PUT" | "HEAD", photo: LocalPhoto, body?: Uint8Array, range?: string, token?: string): Promise<{ status: number; offset: number | null; answer: UploadAnswer; complete: boolean }> {
    const server = session.serverAddress;
    const headers: Record<string, string> = { Authorization: `Bearer ${token ?? (await session.accessToken())}` };
    if (method === "PUT") {
      headers["Content-Type"] = photo.contentType;
      headers["X-File-Name"] = encodeURIComponent(photo.name);
      if (range) headers["Content-Range"] = range;
    }
    let response: Response;
    try {
      response = await send(`${server}/api/files/${photo.id}`, { method, headers, body: body as BodyInit | undefined });
    } catch {
      throw new NetworkError();
    }
    if (response.status >= 500) throw new NetworkError(`server answered ${response.status}`);
    // A token the server no longer takes (revoked, or expired by its clock): refresh once, send again.
    if (response.status === 401 && token === undefined) return call(method, photo, body, range, await session.refresh());
    const header = response.headers.get("Upload-Offset");
    const answer: UploadAnswer = method === "PUT" && response.headers.get("content-type")?.includes("json") ? ((await response.json()) as UploadAnswer) : {};
    return { status: response.status, offset: header !== null ? Number(header) : (answer.offset ?? answer.error?.offset ?? null), answer, complete: response.headers.get("Upload-Complete") === "1" };
  }

  return {
    async upload(photo) {
      if (photo.fileId) return photo.fileId;
      const bytes = await photos.bytes(photo.id);
      const probe = await call("HEAD", photo);
      // Already stored (the answer to the last chunk was lost): sending the last chunk again
      // answers with the stored file and stores nothing.
      let offset = probe.status === 404 ? 0 : probe.complete ? Math.max(0, bytes.length - CHUNK_BYTES) : (probe.offset ?? photo.uploaded);
      for (let round = 0; round < Math.ceil(bytes.length / CHUNK_BYTES) + 5; round++) {
        const end = Math.min(offset + CHUNK_BYTES, bytes.length);
        const { status, offset: confirmed, answer } = await call("PUT", photo, bytes.subarray(offset, end), `bytes ${offset}-${end - 1}/${bytes.length}`);
        if ((status === 200 || status === 201) && answer.id) {
          const done = { ...photo, uploaded: bytes.length, fileId: answer.id };
          await photos.save(done);
          return answer.id;
        }
        if (status === 409 && answer.error?.code === "UPLOAD_OFFSET_MISMATCH" && confirmed !== null) {
          offset = confirmed;
          continue;
        }
        if (status === 308 && confirmed !== null) {
          offset = confirmed;
          await photos.save({ ...photo, uploaded: offset });
          continue;
        }
        throw new ApiError(answer.error?.message ?? `upload refused (${status})`, answer.error?.code ?? `HTTP_${status}`);
      }
      throw new ApiError("upload did not finish", "UPLOAD_INCOMPLETE");
    },
  };
}
