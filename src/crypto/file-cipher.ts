import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open as openFile } from "node:fs/promises";
import { IntegrityError } from "../errors.ts";
import { getSodium } from "./sodium.ts";

const MAGIC = Buffer.from("TNRF1\n");
const CHUNK = 64 * 1024;

/**
 * Encrypts a stream into `outPath` with libsodium secretstream (XChaCha20-Poly1305) under a fresh
 * per-file key, and returns that key and the SHA-256 of the plaintext. Nothing is written in clear.
 */
export async function encryptStreamToFile(
  input: AsyncIterable<Uint8Array>,
  outPath: string,
): Promise<{ key: Uint8Array; sha256: string; size: number }> {
  const s = await getSodium();
  const key = s.crypto_secretstream_xchacha20poly1305_keygen();
  const { state, header } = s.crypto_secretstream_xchacha20poly1305_init_push(key);
  const hash = createHash("sha256");
  const out = createWriteStream(outPath, { mode: 0o600 });
  const write = (b: Uint8Array) =>
    new Promise<void>((resolve, reject) => out.write(b, (e) => (e ? reject(e) : resolve())));
  await write(MAGIC);
  await write(header);
  let size = 0;
  let pending = Buffer.alloc(0);
  const TAG_MESSAGE = s.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
  const lengthPrefixed = (c: Uint8Array) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(c.length);
    return Buffer.concat([len, c]);
  };
  for await (const piece of input) {
    hash.update(piece);
    size += piece.length;
    pending = Buffer.concat([pending, piece]);
    while (pending.length >= CHUNK) {
      const c = s.crypto_secretstream_xchacha20poly1305_push(
        state,
        pending.subarray(0, CHUNK),
        null,
        TAG_MESSAGE,
      );
      await write(lengthPrefixed(c));
      pending = pending.subarray(CHUNK);
    }
  }
  const last = s.crypto_secretstream_xchacha20poly1305_push(
    state,
    pending,
    null,
    s.crypto_secretstream_xchacha20poly1305_TAG_FINAL,
  );
  await write(lengthPrefixed(last));
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
  return { key, sha256: hash.digest("hex"), size };
}

/** Decrypts a file written by {@link encryptStreamToFile}, chunk by chunk; refuses truncation. */
export async function* decryptFile(path: string, key: Uint8Array): AsyncGenerator<Uint8Array> {
  const s = await getSodium();
  const fh = await openFile(path, "r");
  try {
    const head = Buffer.alloc(MAGIC.length + s.crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    await fh.read(head, 0, head.length, 0);
    if (!head.subarray(0, MAGIC.length).equals(MAGIC))
      throw new IntegrityError("Not an evidence file.");
    const state = s.crypto_secretstream_xchacha20poly1305_init_pull(
      head.subarray(MAGIC.length),
      key,
    );
    let pos = head.length;
    const lenBuf = Buffer.alloc(4);
    for (;;) {
      const { bytesRead } = await fh.read(lenBuf, 0, 4, pos);
      if (bytesRead < 4) throw new IntegrityError("Evidence file is truncated.");
      const len = lenBuf.readUInt32BE();
      // A damaged length must not reach fs.read (≥ 2^31 aborts the process) or allocate gigabytes.
      if (len > CHUNK + s.crypto_secretstream_xchacha20poly1305_ABYTES)
        throw new IntegrityError("Evidence file is damaged.");
      const chunk = Buffer.alloc(len);
      const r = await fh.read(chunk, 0, len, pos + 4);
      if (r.bytesRead < len) throw new IntegrityError("Evidence file is truncated.");
      pos += 4 + len;
      const res = s.crypto_secretstream_xchacha20poly1305_pull(state, chunk, null);
      if (!res) throw new IntegrityError("Evidence file failed authentication.");
      yield res.message;
      if (res.tag === s.crypto_secretstream_xchacha20poly1305_TAG_FINAL) return;
    }
  } finally {
    await fh.close();
  }
}
