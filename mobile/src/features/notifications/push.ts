import Constants from "expo-constants";
import * as Device from "expo-device";
import * as Notifications from "expo-notifications";
import { router } from "expo-router";
import { useEffect } from "react";
import { Platform } from "react-native";

import { RegisterDeviceMutation } from "../../api/mutations";
import { useServices } from "../../core/ServicesContext";
import { routeOf } from "./banner";

Notifications.setNotificationHandler({
  // While the app is open the live subscription already shows it: no second banner.
  handleNotification: async () => ({ shouldShowBanner: false, shouldShowList: true, shouldPlaySound: false, shouldSetBadge: true }),
});

/**
 * Push when the app is closed: the device's FCM token is registered with the API (again at each
 * start: tokens rotate), and tapping a notification opens the task it is about.
 */
export function usePushRegistration(enabled: boolean): void {
  const { api } = useServices();
  useEffect(() => {
    // iOS hands out APNs tokens, which the API's FCM sender cannot use; a build with the Firebase
    // messaging SDK registers there (docs/architecture.md#the-field-app-mobile).
    if (!enabled || !Device.isDevice || Platform.OS !== "android") return;
    void (async () => {
      try {
        await Notifications.setNotificationChannelAsync("reminders", { name: "跟进提醒", importance: Notifications.AndroidImportance.HIGH });
        const { status } = await Notifications.requestPermissionsAsync();
        if (status !== "granted") return;
        const { data: token } = await Notifications.getDevicePushTokenAsync();
        await api.request(RegisterDeviceMutation, {
          input: {
            token: String(token),
            platform: "ANDROID",
            appVersion: Constants.expoConfig?.version ?? null,
            idempotencyKey: `device:${String(token)}`.slice(0, 100),
          },
        });
      } catch {
        // Offline, or no push here (Expo Go has none; a phone without Google services neither):
        // registered at the next start that can; the live subscription still runs.
      }
    })();
  }, [enabled, api]);

  useEffect(() => {
    const open = (data: Record<string, unknown>) => {
      const route = routeOf(data);
      if (route) router.push(route as never);
    };
    const last = Notifications.getLastNotificationResponse();
    if (last) open(last.notification.request.content.data ?? {});
    const subscription = Notifications.addNotificationResponseReceivedListener((response) => open(response.notification.request.content.data ?? {}));
    return () => subscription.remove();
  }, []);
}
