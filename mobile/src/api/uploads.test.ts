import { uuid7 } from "../offline/ids";
import type { LocalPhoto } from "../offline/photos";
import { FakeServer } from "../test/fakeServer";
import { photoBytes, toBase64 } from "../test/fixtures";
import { makeServices, stopServices, type TestServices } from "../test/services";
import { ApiError, NetworkError } from "./errors";

const SIZE = 600_000;
let server: FakeServer;
let phone: TestServices;
let photo: LocalPhoto;

beforeEach(async () => {
  server = new FakeServer();
  phone = await makeServices(server);
  photo = await phone.photos.add({ id: uuid7(), name: "门头.jpg", contentType: "image/jpeg", base64: toBase64(photoBytes(SIZE)) });
});
afterEach(stopServices);

const steps = () =>
  server.requests.map((request) => request.operation ?? `${request.method} ${request.headers["content-range"] ?? ""}`.trim());
const chunk = (from: number) => (request: { method: string; headers: Record<string, string> }) =>
  request.method === "PUT" && (request.headers["content-range"] ?? "").startsWith(`bytes ${from}-`);
const upload = async () => phone.uploader.upload((await phone.photos.get(photo.id))!);

describe("resumable photo upload", () => {
  it("sent from an offset the server does not have (409), goes on from the server's offset", async () => {
    server.loseAnswer(chunk(262144));
    await expect(upload()).rejects.toBeInstanceOf(NetworkError);
    expect((await phone.photos.get(photo.id))?.uploaded).toBe(262144); // the server has 524288
    // A proxy on the way does not pass HEAD: the phone goes by its own count, and the server corrects it.
    server.answerOnce((request) => request.method === "HEAD", () => new Response(null, { status: 405 }));
    server.requests.length = 0;

    await expect(upload()).resolves.toBe(btoa(`File:${photo.id}`));

    expect(steps()).toEqual(["HEAD", "PUT bytes 262144-524287/600000", "PUT bytes 524288-599999/600000"]);
    expect(server.receivedBytes).toBe(SIZE);
    expect((await phone.photos.get(photo.id))?.fileId).toBe(btoa(`File:${photo.id}`));
  });

  it("whose last answer was lost, gets the stored file on the retry and stores nothing twice", async () => {
    server.loseAnswer(chunk(524288));
    await expect(upload()).rejects.toBeInstanceOf(NetworkError);
    server.requests.length = 0;

    await expect(upload()).resolves.toBe(btoa(`File:${photo.id}`));

    // HEAD says the file is complete: the last chunk goes again and is answered with the stored file.
    expect(steps()).toEqual(["HEAD", "PUT bytes 337856-599999/600000"]);
    expect(server.receivedBytes).toBe(SIZE);
    expect(server.db.files.size).toBe(1);
  });

  it("answered 401 (the token no longer valid), refreshes the session once and goes on", async () => {
    server.revokeAccessTokens();
    server.requests.length = 0;

    await expect(upload()).resolves.toBe(btoa(`File:${photo.id}`));

    expect(steps()).toEqual(["HEAD", "refreshToken", "HEAD", "PUT bytes 0-262143/600000", "PUT bytes 262144-524287/600000", "PUT bytes 524288-599999/600000"]);
    expect(server.receivedBytes).toBe(SIZE);
  });

  it("of a file the server does not take, fails with the server's code and message", async () => {
    const page = await phone.photos.add({ id: uuid7(), name: "报价.html", contentType: "text/html", base64: toBase64(photoBytes(100)) });

    const refused = await phone.uploader.upload(page).catch((error: unknown) => error);

    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED", message: "不支持的文件类型：text/html（支持 PDF、图片、Word、Excel、PowerPoint、文本、压缩包和录音）" });
    expect(server.db.files.size).toBe(0);
  });
});
