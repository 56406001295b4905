import sodiumModule from "libsodium-wrappers";

/** libsodium, initialised once (its WASM build loads asynchronously). */
export async function getSodium(): Promise<typeof sodiumModule> {
  await sodiumModule.ready;
  return sodiumModule;
}

/** A new X25519 key pair for sealed boxes (the inbox). */
export async function newBoxKeyPair(): Promise<{ publicKey: Uint8Array; privateKey: Uint8Array }> {
  const s = await getSodium();
  const kp = s.crypto_box_keypair();
  return { publicKey: kp.publicKey, privateKey: kp.privateKey };
}

/** Seals bytes to a public key: only the holder of the private key can open them. */
export async function sealToPublicKey(
  message: Uint8Array,
  publicKey: Uint8Array,
): Promise<Uint8Array> {
  const s = await getSodium();
  return s.crypto_box_seal(message, publicKey);
}

/** Opens a sealed box with the vault's key pair. */
export async function openSealedBox(
  sealed: Uint8Array,
  publicKey: Uint8Array,
  privateKey: Uint8Array,
): Promise<Uint8Array> {
  const s = await getSodium();
  return s.crypto_box_seal_open(sealed, publicKey, privateKey);
}
