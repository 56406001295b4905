import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Config } from "../../config.ts";
import { exportLines } from "../../interchange/export.ts";
import { incidentCsvLines } from "../../interchange/csv-export.ts";
import { importFile } from "../../interchange/import.ts";
import { CLI_ACTOR } from "../../records/record.types.ts";
import { findPersonIdsByName } from "../../persons/person-name.repository.ts";
import { verifyAuditChain } from "../../audit/audit.repository.ts";
import { Progress } from "../progress.ts";
import { openUnsealed } from "../vault-session.ts";

async function writeAll(
  lines: AsyncIterable<string>,
  out: Writable,
  progress: Progress,
): Promise<number> {
  let n = 0;
  for await (const line of lines) {
    if (!out.write(line + "\n")) await new Promise((r) => out.once("drain", r));
    progress.update(++n);
  }
  return n;
}

/** `tnr import FILE`: validates every line, then imports all of it or nothing. */
export async function importCommand(
  config: Config,
  file: string,
  opts: { skipInvalid: boolean },
): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const progress = new Progress("Importing");
    const report = await importFile(
      {
        db: s.db,
        keys: s.keys,
        dialect: s.vault.stores.dialect,
        sqlite: s.vault.stores.rawVaultSqlite(),
      },
      file,
      {
        actor: CLI_ACTOR,
        skipInvalid: opts.skipInvalid,
        onProgress: (read, total) => progress.update(read, total, "bytes"),
      },
    );
    progress.done();
    for (const i of report.issues)
      console.error(`${i.line ? `line ${i.line}: ` : ""}${i.path} ${i.message}`);
    if (!report.committed) {
      console.error(
        report.invalidLines
          ? `${report.invalidLines} of ${report.lines} lines are invalid: nothing was imported (use --skip-invalid to import the rest).`
          : "Nothing was imported.",
      );
      return 1;
    }
    const total = Object.values(report.imported).reduce((a, b) => a + b, 0) - report.alreadyPresent;
    console.log(
      `Imported ${total} new records from ${report.lines} lines${report.alreadyPresent ? `; ${report.alreadyPresent} were already present and left unchanged` : ""}${report.invalidLines ? `; ${report.invalidLines} invalid lines skipped` : ""}.`,
    );
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr export`: interchange JSON Lines (full or public-only) or the incident CSV, to a file or stdout. */
export async function exportCommand(
  config: Config,
  opts: { publicOnly: boolean; format: string; out?: string },
): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const out = opts.out ? createWriteStream(opts.out, { mode: 0o600 }) : process.stdout;
    const lines =
      opts.format === "csv"
        ? incidentCsvLines(s.db)
        : exportLines(s.db, s.keys, { publicOnly: opts.publicOnly });
    const progress = new Progress("Exporting");
    const n = await writeAll(lines, out, progress);
    progress.done(`${n} lines`);
    if (opts.out)
      await new Promise<void>((r) => (out as ReturnType<typeof createWriteStream>).end(r));
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr seed-demo`: loads the demo data set into this (unsealed) installation. */
export async function seedDemoCommand(config: Config): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const { seedDemo } = await import("../../demo/seed-demo.ts");
    const report = await seedDemo(
      {
        db: s.db,
        keys: s.keys,
        dialect: s.vault.stores.dialect,
        sqlite: s.vault.stores.rawVaultSqlite(),
        dataDir: config.dataDir,
      },
      CLI_ACTOR,
    );
    if (!report) console.log("The demo data is already loaded.");
    else if (!report.committed) {
      for (const i of report.issues) console.error(`${i.path} ${i.message}`);
      return 1;
    } else
      console.log(
        `Demo data loaded: ${Object.values(report.imported).reduce((a, b) => a + b, 0)} records.`,
      );
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr find-person NAME`: looks a name up in the blind index (any script, any spelling). */
export async function findPersonCommand(config: Config, name: string): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const ids = await findPersonIdsByName(s.db, s.keys, name);
    if (!ids.length) {
      console.log("No person with that name.");
      return 1;
    }
    const rows = await s.db
      .selectFrom("persons")
      .select(["id", "pseudonym"])
      .where("id", "in", ids)
      .orderBy("pseudonym")
      .execute();
    for (const r of rows) console.log(`${r.pseudonym}\t${r.id}`);
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr audit verify`: checks the hash chain; non-zero exit naming the first broken link. */
export async function auditVerifyCommand(config: Config): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const broken = await verifyAuditChain(s.db);
    if (broken) {
      console.error(`The audit log is broken at event ${broken.seq}: ${broken.reason}.`);
      return 1;
    }
    const n = await s.db
      .selectFrom("audit_events")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirst();
    console.log(`The audit log is intact: ${Number(n?.n ?? 0)} events, every link checks out.`);
    return 0;
  } finally {
    await s.close();
  }
}

/** `tnr deadlines`: applies the response-deadline rule ("no response" events) as of today. */
export async function deadlinesCommand(config: Config, today: string): Promise<number> {
  const s = await openUnsealed(config);
  try {
    const { applyResponseDeadlines } =
      await import("../../interventions/response-deadline.commands.ts");
    const marked = await s.db
      .transaction()
      .execute((trx) => applyResponseDeadlines({ db: trx, keys: s.keys, actor: CLI_ACTOR, today }));
    console.log(
      marked.length
        ? `${marked.length} complaints passed their response deadline and were marked "no response".`
        : "No complaint passed its response deadline.",
    );
    return 0;
  } finally {
    await s.close();
  }
}
