// Saving what the API hands back as a file: an export's text, or a stored file fetched with the
// access token (the download URL needs it, so a plain link would not do).
import { authenticatedFetch } from "../../api/client";
import { session } from "../../api/session";

export function saveText(fileName: string, contentType: string, content: string): void {
  saveBlob(fileName, new Blob([content], { type: contentType }));
}

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export async function downloadStored(url: string, fileName: string): Promise<void> {
  const response = await authenticatedFetch(session)(url);
  if (!response.ok) throw new Error(`${response.status}`);
  saveBlob(fileName, await response.blob());
}

/** Uploads a file as the API takes it (the bytes as the body, the name in X-File-Name) and
 * returns its id, or throws with the API's message. */
export async function uploadFile(file: File): Promise<string> {
  const response = await authenticatedFetch(session)("/api/files", {
    method: "POST",
    headers: { "Content-Type": file.type || "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
  if (!response.ok || !body?.id) throw new Error(body?.error?.message ?? `${response.status}`);
  return body.id;
}
