import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { AppError, ValidationError } from "../errors.ts";
import { callAdminSocket } from "../server/admin-socket.ts";
import { readRecoverySecret } from "./secret-input.ts";
import { openSealed } from "./vault-session.ts";

const HELP = `tnr — TNR Monitor

Usage: tnr <command> [options]

  init [--shares N --threshold K] [--secret-file PATH]   create an installation and its recovery secret
  serve [--demo]                 run the web server (sealed unless TNR_UNSEAL_FILE or --demo)
  unseal                         unseal the running server (secret from TNR_UNSEAL_FILE or stdin)
  seal                           seal the running server: keys are wiped from memory
  status                         is this installation initialised, is the server sealed
  import FILE [--skip-invalid]   import interchange JSON Lines (all or nothing)
  export [--public-only] [--format jsonl|csv] [--out FILE]
  backup OUT                     write an encrypted, self-checking backup
  restore FILE                   restore a backup into an empty data folder or database
  seed-demo                      load the demo data set
  export-site OUT [--lang ka,en] write the public site as static files (works while sealed)
  find-person NAME               find a person by name in any script, without plaintext
  audit verify                   check the audit log's hash chain
  deadlines [--today YYYY-MM-DD] mark complaints past their response deadline "no response"
  document attach --document SLUG --file PATH [--name NAME] [--org SLUG]   attach a PDF to a document

Administration (each change is audited):
  org add SLUG --name NAME [--state XX]            add a member organisation
  org list                                         member organisations and their number of users
  user add --org SLUG --role ROLE --email E        add an account; prints its one-time enrolment link
                                                   (ROLE: admin, editor, caseworker, researcher)
  user list [--org SLUG]                           accounts, their role, status and enrolment
  user disable EMAIL                               disable an account; ends its sessions and API tokens
  token create --user EMAIL [--expires 30d] [--name LABEL]   an API token, shown once (1d to 365d)
  token list --user EMAIL | token revoke ID        a user's API tokens; revoke one
  grant --incident ID (--user EMAIL | --org SLUG) --level read|write|read_identities
  grant revoke GRANT_ID                            share a case; withdraw a share

Environment: TNR_DATA_DIR (default ./data), DATABASE_URL (PostgreSQL), TNR_PG_SCHEMA (default tnr),
TNR_UNSEAL_FILE (a file holding the recovery secret), PORT (default 8080), HOST (default 127.0.0.1),
TNR_PUBLIC_URL (base of enrolment links, default http://localhost:8080).`;

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      demo: { type: "boolean", default: false },
      shares: { type: "string" },
      threshold: { type: "string" },
      "secret-file": { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      "public-only": { type: "boolean", default: false },
      format: { type: "string", default: "jsonl" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
      today: { type: "string" },
      name: { type: "string" },
      state: { type: "string" },
      org: { type: "string" },
      role: { type: "string" },
      email: { type: "string" },
      user: { type: "string" },
      expires: { type: "string" },
      incident: { type: "string" },
      level: { type: "string" },
      lang: { type: "string" },
      document: { type: "string" },
      file: { type: "string" },
    },
  });
  const [command, arg] = positionals;
  const config = loadConfig();
  const need = (what: string) => {
    if (!arg) throw new AppError("invalid_input", `${command} needs ${what}. See tnr --help.`);
    return arg;
  };
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  // Commands load on demand: `tnr status` should not pay for the web server or the demo data.
  const backup = () => import("./commands/backup.ts");
  const data = () => import("./commands/data.ts");
  const admin = () => import("./commands/admin.ts");
  switch (command) {
    case "init":
      return (await import("./commands/init.ts")).initCommand(config, {
        shares: values.shares ? Number(values.shares) : undefined,
        threshold: values.threshold ? Number(values.threshold) : undefined,
        secretFile: values["secret-file"],
      });
    case "serve":
      return (await import("./commands/serve.ts")).serveCommand(config, { demo: values.demo });
    case "unseal": {
      const secret = await readRecoverySecret(config.unsealFile);
      const r = await callAdminSocket(config.dataDir, {
        op: "unseal",
        secret: (await import("../crypto/recovery-secret.ts")).masterKeyToWords(secret),
      });
      secret.fill(0);
      console.log(r.ok ? `The vault is ${r.state}.` : `Not unsealed: ${r.error}`);
      return r.ok ? 0 : 1;
    }
    case "seal": {
      const r = await callAdminSocket(config.dataDir, { op: "seal" });
      console.log(
        r.ok ? `The vault is ${r.state}; its keys were wiped from the server's memory.` : r.error,
      );
      return r.ok ? 0 : 1;
    }
    case "status": {
      const vault = await openSealed(config);
      const installed = vault.state !== "uninitialised";
      await vault.close();
      const running = await callAdminSocket(config.dataDir, { op: "status" }).catch(() => null);
      console.log(
        `Installation: ${installed ? "initialised" : "not initialised"} (${config.databaseUrl ? "PostgreSQL" : `data folder ${config.dataDir}`}).`,
      );
      console.log(
        running?.ok ? `Server: running, vault ${running.state}.` : "Server: not running.",
      );
      return 0;
    }
    case "import":
      return (await data()).importCommand(config, need("a file"), {
        skipInvalid: values["skip-invalid"],
      });
    case "export":
      return (await data()).exportCommand(config, {
        publicOnly: values["public-only"],
        format: values.format ?? "jsonl",
        out: values.out,
      });
    case "backup":
      return (await backup()).backupCommand(config, need("an output file"));
    case "restore":
      return (await backup()).restoreCommand(config, need("a backup file"), {});
    case "export-site":
      return (await import("./commands/site.ts")).exportSiteCommand(
        config,
        need("an output folder"),
        {
          lang: values.lang,
        },
      );
    case "seed-demo":
      return (await data()).seedDemoCommand(config);
    case "find-person":
      return (await data()).findPersonCommand(
        config,
        positionals.slice(1).join(" ") || need("a name"),
      );
    case "audit":
      if (arg !== "verify") throw new AppError("invalid_input", "Usage: tnr audit verify");
      return (await data()).auditVerifyCommand(config);
    case "deadlines": {
      const today = values.today ?? new Date().toISOString().slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
        throw new AppError("invalid_input", "--today takes a date as YYYY-MM-DD.");
      return (await data()).deadlinesCommand(config, today);
    }
    case "document":
      return (await import("./commands/documents.ts")).documentCommand(
        config,
        positionals.slice(1),
        values,
      );
    case "org":
      return (await admin()).orgCommand(config, positionals.slice(1), values);
    case "user":
      return (await admin()).userCommand(config, positionals.slice(1), values);
    case "token":
      return (await admin()).tokenCommand(config, positionals.slice(1), values);
    case "grant":
      return (await admin()).grantCommand(config, positionals.slice(1), values);
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 1;
  }
}

// Everything this process creates (database files, exports, backups) is readable by its owner only.
process.umask(0o077);
// A closed pipe (`tnr export | head`) ends the command quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});

// Benchmarks read the peak memory of a command from here.
if (process.env.TNR_REPORT_RSS)
  process.on("exit", () =>
    process.stderr.write(
      `maxrss_kb=${process.resourceUsage().maxRSS} heap_mb=${Math.round(process.memoryUsage().heapTotal / 1e6)} external_mb=${Math.round(process.memoryUsage().external / 1e6)}\n`,
    ),
  );

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof ValidationError)
      for (const i of e.issues)
        console.error(`${i.line ? `line ${i.line}: ` : ""}${i.path} ${i.message}`);
    if (
      e instanceof AppError ||
      (e instanceof TypeError && (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    )
      console.error(`tnr: ${e.message}`);
    else console.error(e);
    process.exitCode = 1;
  },
);
