import type { Kysely } from "kysely";
import { generateMasterKey } from "../crypto/keys.ts";
import type { Installation, Stores } from "../db/stores.ts";
import { AppError, SealedError } from "../errors.ts";
import {
  deriveVaultKeys,
  newInstallation,
  wipeKeys,
  type VaultKeys,
} from "../keyring/installation.ts";

export type VaultState = "uninitialised" | "sealed" | "unsealed";

/** The running vault: the stores, and — only while unsealed — the keys and the open vault database. */
export class Vault {
  readonly stores: Stores;
  #installation: Installation | null = null;
  #keys: VaultKeys | null = null;
  #db: Kysely<any> | null = null;

  private constructor(stores: Stores, installation: Installation | null) {
    this.stores = stores;
    this.#installation = installation;
  }

  /** Opens a vault over its stores; it starts sealed. */
  static async open(stores: Stores): Promise<Vault> {
    return new Vault(stores, await stores.readInstallation());
  }

  get state(): VaultState {
    if (!this.#installation) return "uninitialised";
    return this.#keys ? "unsealed" : "sealed";
  }

  get installation(): Installation | null {
    return this.#installation;
  }

  /** Creates an installation with a fresh master key and returns that key (shown once, then wiped). */
  async initialise(opts: { demo?: boolean; master?: Buffer } = {}): Promise<Buffer> {
    if (this.#installation)
      throw new AppError("already_initialised", "This installation is already initialised.");
    const master = opts.master ?? generateMasterKey();
    const installation = await newInstallation(master, opts.demo ?? false);
    await this.stores.writeInstallation(installation);
    this.#installation = installation;
    return master;
  }

  /** Checks the master key, derives the working keys and opens the vault database. */
  async unseal(master: Uint8Array): Promise<void> {
    if (!this.#installation)
      throw new AppError("not_initialised", "This installation is not initialised: run tnr init.");
    if (this.#keys) return;
    const keys = deriveVaultKeys(master, this.#installation);
    try {
      this.#db = await this.stores.openVault(keys.sqlite);
      this.#keys = keys;
    } catch (e) {
      wipeKeys(keys);
      throw e;
    }
  }

  /** Closes the vault database and overwrites every key in memory. */
  async seal(): Promise<void> {
    await this.stores.closeVault();
    this.#db = null;
    if (this.#keys) wipeKeys(this.#keys);
    this.#keys = null;
  }

  /** The vault database; throws SealedError while sealed. */
  db(): Kysely<any> {
    if (!this.#db) throw new SealedError();
    return this.#db;
  }

  /** The working keys; throws SealedError while sealed. */
  keys(): VaultKeys {
    if (!this.#keys) throw new SealedError();
    return this.#keys;
  }

  /** Seals and closes both stores. */
  async close(): Promise<void> {
    await this.seal();
    await this.stores.destroy();
  }
}
