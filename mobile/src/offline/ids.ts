import { getRandomBytes } from "expo-crypto";

/**
 * A time-ordered UUID (v7), as the server makes its own: records a phone creates offline keep
 * the server's index order, and their ids never collide with anyone else's.
 */
export function uuid7(now = Date.now()): string {
  const bytes = getRandomBytes(16);
  let ms = now;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The API's opaque id of a row (base64 of "Type:uuid"), for records made on the phone. */
export function globalId(typeName: string, rowId: string): string {
  return btoa(`${typeName}:${rowId}`);
}

export function typeOfGlobalId(id: string): string | null {
  try {
    return atob(id).split(":")[0] ?? null;
  } catch {
    return null;
  }
}
