import type { Config } from "../../config.ts";
import { wipe } from "../../crypto/keys.ts";
import { readFileSync } from "node:fs";
import { parseSecret } from "../../crypto/recovery-secret.ts";
import { seedDemo } from "../../demo/seed-demo.ts";
import { seedDemoStaff } from "../../demo/demo-staff.ts";
import { publishDemo } from "../../demo/demo-publishing.ts";
import { openStores } from "../../db/stores.ts";
import { adminSocketPath, startAdminSocket } from "../../server/admin-socket.ts";
import { buildApp } from "../../server/app.ts";
import { pruneAuthState, PRUNE_EVERY_MS } from "../../auth/auth-maintenance.ts";
import { DEMO_WARNING, readDemoSecret, writeDemoSecret } from "../../vault/demo-key.ts";
import { Vault } from "../../vault/vault.ts";
import { startSubscriptionJobs } from "../../subscriptions/subscription-jobs.ts";
import {
  installBuiltInVocabulary,
  VOCABULARY_RELEASED_AT,
} from "../../vocabularies/vocabulary.repository.ts";
import { CLI_ACTOR } from "../../records/record.types.ts";

async function startDemo(vault: Vault, config: Config): Promise<void> {
  if (vault.state === "uninitialised") {
    const master = await vault.initialise({ demo: true });
    writeDemoSecret(config.dataDir, master);
    wipe(master);
  }
  if (!vault.installation?.demo) {
    console.error(
      "This data folder holds a real installation: --demo is ignored and the vault stays sealed.",
    );
    return;
  }
  console.warn(`\n${DEMO_WARNING}\n`);
  const master = await readDemoSecret(config.dataDir);
  if (!master) throw new Error("The demo key is missing from the data folder.");
  await vault.unseal(master);
  wipe(master);
  const db = vault.db();
  await installBuiltInVocabulary(db, vault.keys(), VOCABULARY_RELEASED_AT);
  const report = await seedDemo(
    {
      db,
      keys: vault.keys(),
      dialect: vault.stores.dialect,
      sqlite: vault.stores.rawVaultSqlite(),
      dataDir: config.dataDir,
    },
    CLI_ACTOR,
  );
  if (report)
    console.log(
      `Demo data loaded: ${Object.values(report.imported).reduce((a, b) => a + b, 0)} records.`,
    );
  const staff = await seedDemoStaff(db, vault.keys(), CLI_ACTOR, new Date());
  if (staff) console.log(`Demo staff accounts created: ${staff} (see the sign-in page).`);
  const published = await publishDemo({ db, keys: vault.keys(), publicDb: vault.stores.publicDb });
  if (published && published.incidents + published.documents > 0)
    console.log(
      `Demo published: ${published.incidents} incidents, ${published.documents} documents (${published.ms} ms).`,
    );
}

/** `tnr serve`: the web server and the admin socket; starts sealed unless unsealed by file or demo. */
export async function serveCommand(config: Config, opts: { demo: boolean }): Promise<number> {
  const vault = await Vault.open(await openStores(config));
  if (opts.demo) await startDemo(vault, config);
  else if (config.unsealFile && vault.state === "sealed") {
    try {
      const master = await parseSecret(readFileSync(config.unsealFile, "utf8"));
      await vault.unseal(master);
      wipe(master);
    } catch (e) {
      console.error(
        `Could not unseal with TNR_UNSEAL_FILE: ${(e as Error).message} The server starts sealed.`,
      );
    }
  }
  const app = buildApp(vault, { logger: true });
  await app.listen({ port: config.port, host: config.host });
  const socket = await startAdminSocket(vault, config.dataDir);
  // Expired sessions, spent enrolment links and stale throttle rows are deleted while unsealed.
  const pruning = setInterval(() => {
    if (vault.state !== "unsealed") return;
    pruneAuthState(vault.db(), new Date()).catch((e) =>
      app.log.error({ code: (e as { code?: string }).code ?? "internal" }, "pruning failed"),
    );
  }, PRUNE_EVERY_MS);
  pruning.unref();
  startSubscriptionJobs(vault, app.log);
  console.log(
    `TNR Monitor on http://${config.host === "127.0.0.1" ? "localhost" : config.host}:${config.port} — vault ${vault.state}. Admin socket: ${adminSocketPath(config.dataDir)}`,
  );
  const stop = async () => {
    clearInterval(pruning);
    socket.close();
    await app.close();
    await vault.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise<number>(() => {});
}
