import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";
import * as Location from "expo-location";

import { FakeServer } from "../../test/fakeServer";
import { CHEN_JING, customer, photoBytes, toBase64 } from "../../test/fixtures";
import { renderScreen, textsOnScreen } from "../../test/render";
import { router, setParams } from "../../test/router";
import { makeServices, stopServices, type TestServices } from "../../test/services";
import { CheckInScreen } from "./CheckInScreen";

jest.mock("expo-router", () => require("../../test/router").expoRouterMock());
jest.mock("expo-location", () => ({
  Accuracy: { High: 4 },
  requestForegroundPermissionsAsync: jest.fn(async () => ({ status: "granted" })),
  getCurrentPositionAsync: jest.fn(async () => ({
    coords: { latitude: 31.29834, longitude: 120.58319, accuracy: 12.4, altitude: null, altitudeAccuracy: null, heading: null, speed: null },
    timestamp: Date.parse("2026-11-27T02:15:30Z"),
  })),
}));
jest.mock("expo-image-picker", () => ({
  requestCameraPermissionsAsync: jest.fn(async () => ({ granted: true })),
  launchCameraAsync: jest.fn(async () => ({
    canceled: false,
    assets: [{ uri: "file:///cache/door.jpg", base64: mockPhotoBase64, mimeType: "image/jpeg", fileName: "门头.jpg", width: 1280, height: 960 }],
  })),
}));
const mockPhotoBase64 = toBase64(photoBytes(3000));

let server: FakeServer;
let phone: TestServices;

beforeEach(async () => {
  jest.clearAllMocks();
  server = new FakeServer();
  server.db.addCustomers(CHEN_JING.id, customer(1, { name: "苏州精工" }));
  phone = await makeServices(server);
  server.offline = true;
  setParams({ subjectId: customer(1).id, subjectName: "苏州精工" });
});
afterEach(async () => {
  await act(() => phone.sync.sync());
  stopServices();
});

describe("visit check-in", () => {
  it("shows where the phone is and how sure, then queues the visit with its place and photo", async () => {
    renderScreen(<CheckInScreen />, phone);

    expect(await screen.findByText("31.29834, 120.58319")).toBeOnTheScreen();
    expect(textsOnScreen(screen.root)).toContain("精度 ±12 米 · 10:15:30");
    fireEvent.press(screen.getByRole("button", { name: "拍照" }));
    expect(await screen.findByText("照片 · 1")).toBeOnTheScreen();
    fireEvent.changeText(screen.getByLabelText("拜访记录"), "见了采购部李经理，看了样品");
    fireEvent.press(screen.getByRole("button", { name: "签到" }));

    await waitFor(() => expect(router.back).toHaveBeenCalledTimes(1));
    const [entry, ...others] = phone.outbox.list();
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ operation: "logCommunication", label: "苏州精工", state: "pending" });
    expect(entry!.input).toEqual({
      id: expect.any(String),
      subjectId: customer(1).id,
      channel: "VISIT",
      content: "见了采购部李经理，看了样品",
      occurredAt: "2026-11-27T02:15:30.000Z",
      checkIn: { latitude: 31.29834, longitude: 120.58319, accuracyMeters: 12, takenAt: "2026-11-27T02:15:30.000Z" },
      idempotencyKey: expect.any(String),
    });
    const [photoId] = entry!.photoIds!;
    expect(entry!.photoIds).toHaveLength(1);
    expect(await phone.photos.get(photoId!)).toMatchObject({ name: "门头.jpg", contentType: "image/jpeg", size: 3000, uploaded: 0 });

    server.offline = false;
    await act(() => phone.sync.sync());
    expect(server.inputs("LogCommunication").map((input) => input.checkIn)).toEqual([
      { latitude: 31.29834, longitude: 120.58319, accuracyMeters: 12, takenAt: "2026-11-27T02:15:30.000Z", photoIds: [btoa(`File:${photoId}`)] },
    ]);
    expect(server.db.files.get(btoa(`File:${photoId}`))?.file.size).toBe(3000);
  });

  it("without location permission, says so and refuses to check in (nothing queued)", async () => {
    jest.mocked(Location.requestForegroundPermissionsAsync).mockResolvedValueOnce({ status: "denied" } as never);
    renderScreen(<CheckInScreen />, phone);

    expect(await screen.findByText("没有定位权限，请在系统设置中允许")).toBeOnTheScreen();
    fireEvent.press(screen.getByRole("button", { name: "签到" }));

    expect(await screen.findByText("签到需要位置")).toBeOnTheScreen();
    expect(phone.outbox.list()).toEqual([]);
    expect(router.back).not.toHaveBeenCalled();
  });
});
