import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/server";

/** A CBOR value this encoder handles: what attestation objects and COSE keys need. */
export type CborValue = number | string | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

function cborHead(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(n, 1);
    return b;
  }
  if (n <= 0xffffffff) {
    const b = Buffer.alloc(5);
    b[0] = (major << 5) | 26;
    b.writeUInt32BE(n, 1);
    return b;
  }
  throw new RangeError("CBOR value too large for this encoder");
}

/** A minimal CBOR (RFC 8949) encoder: integers, byte and text strings, arrays and maps. */
export function cborEncode(value: CborValue): Buffer {
  if (typeof value === "number") {
    if (!Number.isInteger(value)) throw new TypeError("only integers are supported");
    return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  }
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([cborHead(3, bytes.length), bytes]);
  }
  if (value instanceof Uint8Array) return Buffer.concat([cborHead(2, value.length), value]);
  if (Array.isArray(value))
    return Buffer.concat([cborHead(4, value.length), ...value.map(cborEncode)]);
  const parts: Buffer[] = [cborHead(5, value.size)];
  for (const [k, v] of value) parts.push(cborEncode(k), cborEncode(v));
  return Buffer.concat(parts);
}

const FLAG_UP = 0x01;
const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

const b64url = (b: Uint8Array) => Buffer.from(b).toString("base64url");
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest();

/** What a test may falsify in one ceremony, to play a phishing page or a cloned key. */
export interface CeremonyOverrides {
  /** The origin the "browser" reports in clientDataJSON. */
  origin?: string;
  /** The RP ID whose hash goes into authenticatorData (defaults to the one in the options). */
  rpId?: string;
  /** The challenge to sign instead of the one in the options. */
  challenge?: string;
  /** The signature counter to report instead of the next one. */
  signCount?: number;
}

/**
 * A software WebAuthn authenticator (and the browser around it) for tests: one ES256 (P-256)
 * credential, "none" attestation, flags UP|UV. Each assertion increments its signature counter.
 */
export class SoftAuthenticator {
  readonly credentialId: Buffer = randomBytes(32);
  signCount = 0;
  readonly transports = ["usb"];
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  private userHandle: string | undefined;

  constructor(readonly origin: string) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  /** The credential id as the server sees it (base64url). */
  get id(): string {
    return b64url(this.credentialId);
  }

  /** The public key as a COSE_Key map (kty EC2, alg ES256, crv P-256, x, y). */
  coseKey(): Buffer {
    const jwk = this.publicKey.export({ format: "jwk" });
    return cborEncode(
      new Map<CborValue, CborValue>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, Buffer.from(jwk.x!, "base64url")],
        [-3, Buffer.from(jwk.y!, "base64url")],
      ]),
    );
  }

  private clientData(type: string, challenge: string, origin: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }), "utf8");
  }

  private authData(rpId: string, flags: number, signCount: number, attested?: Buffer): Buffer {
    const head = Buffer.alloc(37);
    sha256(rpId).copy(head, 0);
    head[32] = flags;
    head.writeUInt32BE(signCount >>> 0, 33);
    return attested ? Buffer.concat([head, attested]) : head;
  }

  /** navigator.credentials.create(): a registration response for the given options. */
  createCredential(
    options: PublicKeyCredentialCreationOptionsJSON,
    over: CeremonyOverrides = {},
  ): RegistrationResponseJSON {
    const rpId = over.rpId ?? options.rp.id;
    if (!rpId) throw new Error("options carry no RP ID");
    this.userHandle = options.user.id;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: all zeros, as with "none" attestation
      idLength,
      this.credentialId,
      this.coseKey(),
    ]);
    const authData = this.authData(
      rpId,
      FLAG_UP | FLAG_UV | FLAG_AT,
      over.signCount ?? this.signCount,
      attested,
    );
    const attestationObject = cborEncode(
      new Map<CborValue, CborValue>([
        ["fmt", "none"],
        ["attStmt", new Map()],
        ["authData", authData],
      ]),
    );
    const clientDataJSON = this.clientData(
      "webauthn.create",
      over.challenge ?? options.challenge,
      over.origin ?? this.origin,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        attestationObject: b64url(attestationObject),
        transports: [...this.transports],
      },
      authenticatorAttachment: "cross-platform",
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get(): a signature over authenticatorData ‖ SHA-256(clientDataJSON). */
  getAssertion(
    options: PublicKeyCredentialRequestOptionsJSON,
    over: CeremonyOverrides = {},
  ): AuthenticationResponseJSON {
    const rpId = over.rpId ?? options.rpId;
    if (!rpId) throw new Error("options carry no RP ID");
    const signCount = over.signCount ?? ++this.signCount;
    const authData = this.authData(rpId, FLAG_UP | FLAG_UV, signCount);
    const clientDataJSON = this.clientData(
      "webauthn.get",
      over.challenge ?? options.challenge,
      over.origin ?? this.origin,
    );
    // node:crypto signs EC keys in DER (ASN.1 SEQUENCE of r and s), as WebAuthn expects.
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), {
      key: this.privateKey,
      dsaEncoding: "der",
    });
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: b64url(clientDataJSON),
        authenticatorData: b64url(authData),
        signature: b64url(signature),
        ...(this.userHandle ? { userHandle: this.userHandle } : {}),
      },
      authenticatorAttachment: "cross-platform",
      clientExtensionResults: {},
    };
  }
}
