import { describe, expect, it, vi } from "vitest";

import { dispositionFileName, fileType, TransferError, uploadFile } from "./files";

describe("fileType", () => {
  it("types a spreadsheet by its extension and any other file as the browser did", () => {
    expect(fileType({ name: "线索.CSV", type: "application/vnd.ms-excel" })).toBe("text/csv");
    expect(fileType({ name: "leads.xlsx", type: "" })).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(fileType({ name: "old.xls", type: "" })).toBe("application/vnd.ms-excel");
    expect(fileType({ name: "合同.pdf", type: "application/pdf" })).toBe("application/pdf");
    expect(fileType({ name: "notes", type: "" })).toBe("application/octet-stream");
  });
});

describe("dispositionFileName", () => {
  it("prefers the UTF-8 name, then the plain one, then the fallback", () => {
    expect(dispositionFileName("attachment; filename*=UTF-8''%E7%BA%BF%E7%B4%A2-%E5%AF%BC%E5%85%A5%E9%97%AE%E9%A2%98%E8%A1%8C.csv", "x.csv")).toBe("线索-导入问题行.csv");
    expect(dispositionFileName('attachment; filename="report.csv"', "x.csv")).toBe("report.csv");
    expect(dispositionFileName(null, "x.csv")).toBe("x.csv");
  });
});

describe("uploadFile", () => {
  it("posts the bytes with the type and the URL-encoded name", async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ id: "RmlsZTox", name: "展会线索.csv" }), { status: 201 }));
    const file = new File(["姓名,手机\n"], "展会线索.csv");
    await expect(uploadFile(file, fetcher)).resolves.toEqual({ id: "RmlsZTox", name: "展会线索.csv" });
    expect(fetcher).toHaveBeenCalledWith("/api/files", {
      method: "POST",
      body: file,
      headers: { "Content-Type": "text/csv", "X-File-Name": "%E5%B1%95%E4%BC%9A%E7%BA%BF%E7%B4%A2.csv" },
    });
  });

  it("turns the API's refusal into its code and message", async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify({ error: { code: "FILE_TOO_LARGE", message: "文件不能超过 50 MB" } }), { status: 413 }));
    const error = await uploadFile(new File(["x"], "a.csv"), fetcher).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferError);
    expect((error as TransferError).code).toBe("FILE_TOO_LARGE");
    expect((error as TransferError).message).toBe("文件不能超过 50 MB");
  });
});
