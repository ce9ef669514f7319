// Files to and from the API (docs/api.md, "Files"): an upload is one plain POST of the bytes to
// /api/files (type in Content-Type, name URL-encoded in X-File-Name, no multipart); a download is
// a GET with the access token, handed to the browser as a file named as the API names it; an
// export the API returns inline is saved the same way.
import { authenticatedFetch } from "./client";
import { session } from "./session";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The Content-Type to send: a spreadsheet's by its extension, since browsers disagree on CSV;
 * any other file's as the browser typed it. */
export function fileType(file: { name: string; type: string }): string {
  const lower = file.name.toLowerCase();
  if (lower.endsWith(".xlsx")) return XLSX;
  if (lower.endsWith(".xls")) return "application/vnd.ms-excel";
  if (lower.endsWith(".csv")) return "text/csv";
  return file.type || "application/octet-stream";
}

/** The file name of a Content-Disposition header (RFC 5987 `filename*` first), or the fallback. */
export function dispositionFileName(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: try the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || fallback;
}

export interface UploadedFile {
  id: string;
  name: string;
}

export class TransferError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function refusal(response: Response): Promise<TransferError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new TransferError(body.error?.code ?? `HTTP_${response.status}`, body.error?.message ?? response.statusText);
  } catch {
    return new TransferError(`HTTP_${response.status}`, response.statusText);
  }
}

export async function uploadFile(file: File, fetcher: typeof fetch = authenticatedFetch(session)): Promise<UploadedFile> {
  const response = await fetcher("/api/files", {
    method: "POST",
    body: file,
    headers: { "Content-Type": fileType(file), "X-File-Name": encodeURIComponent(file.name) },
  });
  if (!response.ok) throw await refusal(response);
  const stored = (await response.json()) as UploadedFile;
  return { id: stored.id, name: stored.name };
}

/** Fetches a file of the API with the token and saves it under its own name. */
export async function downloadFile(url: string, fallbackName: string, fetcher: typeof fetch = authenticatedFetch(session)): Promise<string> {
  const response = await fetcher(url);
  if (!response.ok) throw await refusal(response);
  const name = dispositionFileName(response.headers.get("content-disposition"), fallbackName);
  saveBlob(name, await response.blob());
  return name;
}

/** Saves an export the API returned inline, the way a download link does. */
export function saveText(fileName: string, contentType: string, content: string): void {
  saveBlob(fileName, new Blob([content], { type: contentType }));
}

function saveBlob(fileName: string, blob: Blob): void {
  const href = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
