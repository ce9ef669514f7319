import * as ImagePicker from "expo-image-picker";

export interface TakenPhoto {
  base64: string;
  contentType: string;
  name: string;
  uri: string;
}

/** A photo from the camera (on the web build: the browser's file or camera chooser), compressed. */
export async function takePhoto(): Promise<TakenPhoto | null> {
  const permission = await ImagePicker.requestCameraPermissionsAsync();
  if (!permission.granted) return null;
  const result = await ImagePicker.launchCameraAsync({ mediaTypes: ["images"], quality: 0.6, base64: true, exif: false });
  const asset = result.canceled ? null : result.assets[0];
  if (!asset) return null;
  let base64 = asset.base64 ?? null;
  if (!base64 && asset.uri.startsWith("data:")) base64 = asset.uri.slice(asset.uri.indexOf(",") + 1);
  if (!base64) return null;
  const contentType = asset.mimeType ?? "image/jpeg";
  return { base64, contentType, name: asset.fileName ?? `visit-${Date.now()}.${contentType.split("/")[1] ?? "jpg"}`, uri: asset.uri };
}
