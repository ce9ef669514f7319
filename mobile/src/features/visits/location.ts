import * as Location from "expo-location";

export interface Fix {
  latitude: number;
  longitude: number;
  accuracyMeters: number | null;
  takenAt: Date;
}

export class LocationDeniedError extends Error {}

/** The phone's position now (GPS, no network needed), with how sure it is. */
export async function currentFix(): Promise<Fix> {
  const { status } = await Location.requestForegroundPermissionsAsync();
  if (status !== "granted") throw new LocationDeniedError("denied");
  const position = await Location.getCurrentPositionAsync({ accuracy: Location.Accuracy.High });
  return {
    latitude: position.coords.latitude,
    longitude: position.coords.longitude,
    accuracyMeters: position.coords.accuracy ?? null,
    takenAt: new Date(position.timestamp),
  };
}
