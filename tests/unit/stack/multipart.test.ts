import { describe, expect, it } from "vitest";
import { boundaryOf, readMultipart, type FormPart } from "../../../supabase/local/storage/multipart.ts";

// The local Storage's multipart reader: what undici's FormData sends (supabase-js's encoding of a Blob upload),
// cut into chunks of every size, so delimiters that straddle two chunks and file bytes that look like one are
// both read right.

async function encode(form: FormData): Promise<{ bytes: Buffer; boundary: string }> {
  const request = new Request("http://local.test/", { method: "POST", body: form });
  const boundary = boundaryOf(request.headers.get("content-type") ?? "");
  if (!boundary) throw new Error("no boundary");
  return { bytes: Buffer.from(await request.arrayBuffer()), boundary };
}

async function* inChunks(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

async function readAll(body: AsyncIterable<Uint8Array>, boundary: string) {
  const fields: Record<string, string> = {};
  let file: { name: string; contentType: string | undefined; bytes: Buffer } | undefined;
  for await (const part of readMultipart(body, boundary, 1024) as AsyncGenerator<FormPart>) {
    if (part.kind === "field") {
      fields[part.name] = part.value;
      continue;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of part.body) chunks.push(Buffer.from(chunk));
    file = { name: part.name, contentType: part.contentType, bytes: Buffer.concat(chunks) };
  }
  return { fields, file };
}

describe("the local Storage's multipart reader", () => {
  // Bytes that contain CRLFs, dashes and a fake delimiter: only the real boundary ends the part.
  const content = Buffer.concat([
    Buffer.from("\r\n--\r\n----not-the-boundary\r\n"),
    Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 256)),
    Buffer.from("\r\n-"),
  ]);

  it.each([1, 2, 7, 64, 1000, 1 << 20])("reads fields and the file from %i-byte chunks", async (size) => {
    const form = new FormData();
    form.append("cacheControl", "3600");
    form.append("metadata", JSON.stringify({ purpose: "test" }));
    form.append("", new Blob([content], { type: "application/pdf" }), "blob");
    const { bytes, boundary } = await encode(form);
    const { fields, file } = await readAll(inChunks(bytes, size), boundary);
    expect(fields).toEqual({ cacheControl: "3600", metadata: '{"purpose":"test"}' });
    expect(file?.name).toBe("");
    expect(file?.contentType).toBe("application/pdf");
    expect(file?.bytes.equals(content)).toBe(true);
  });

  it("stops at the first file, ignoring what follows it", async () => {
    const form = new FormData();
    form.append("first", new Blob(["one"]), "one.txt");
    form.append("second", new Blob(["two"]), "two.txt");
    const { bytes, boundary } = await encode(form);
    const { file } = await readAll(inChunks(bytes, 5), boundary);
    expect(file?.bytes.toString()).toBe("one");
  });

  it("reads an empty file and a form without one", async () => {
    const empty = new FormData();
    empty.append("", new Blob([]), "blob");
    const encoded = await encode(empty);
    expect((await readAll(inChunks(encoded.bytes, 3), encoded.boundary)).file?.bytes.length).toBe(0);

    const fieldsOnly = new FormData();
    fieldsOnly.append("cacheControl", "60");
    const noFile = await encode(fieldsOnly);
    expect(await readAll(inChunks(noFile.bytes, 3), noFile.boundary)).toEqual({
      fields: { cacheControl: "60" },
      file: undefined,
    });
  });

  it("refuses a body cut short and fields past their room", async () => {
    const form = new FormData();
    form.append("", new Blob([content]), "blob");
    const { bytes, boundary } = await encode(form);
    await expect(readAll(inChunks(bytes.subarray(0, bytes.length - 60), 100), boundary)).rejects.toMatchObject({
      code: "InvalidRequest",
    });

    const large = new FormData();
    large.append("metadata", "x".repeat(2048));
    large.append("", new Blob(["a"]), "blob");
    const tooLarge = await encode(large);
    await expect(readAll(inChunks(tooLarge.bytes, 512), tooLarge.boundary)).rejects.toMatchObject({
      code: "EntityTooLarge",
    });
  });

  it("finds a quoted or bare boundary in the content type", () => {
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe("a b");
    expect(boundaryOf("multipart/form-data; boundary=----x123; charset=utf-8")).toBe("----x123");
    expect(boundaryOf("multipart/form-data")).toBeUndefined();
  });
});
