import { Readable } from "node:stream";
import { IntegrityError } from "../errors.ts";
import { storeEvidenceFile } from "../evidence/evidence.commands.ts";
import { importLines, type ImportReport, type ImportTarget } from "../interchange/import.ts";
import type { Actor } from "../records/record.types.ts";
import { buildDemoLines, DEMO_ATTACHMENTS, DEMO_EVIDENCE } from "./demo-data.ts";

/** Loads the demo data set (public case profiles and fictional cases) into an unsealed vault. */
export async function seedDemo(
  target: ImportTarget & { dataDir: string },
  actor: Actor,
): Promise<ImportReport | null> {
  const lines = buildDemoLines();
  const firstOrg = lines.find((l) => l.type === "organisation")!;
  const present = await target.db
    .selectFrom("organisations")
    .select("id")
    .where("id", "=", firstOrg.record.id)
    .executeTakeFirst();
  if (present) return null;
  const evidence = new Map(DEMO_EVIDENCE.map((e) => [e.evidence_item_id, e]));
  for (const line of lines) {
    if (line.type !== "evidence_item") continue;
    const e = evidence.get(line.record.id);
    if (!e) continue;
    const stored = await storeEvidenceFile(
      target.dataDir,
      Readable.from([Buffer.from(e.content, "utf8")]),
    );
    if (stored.sha256 !== line.record.sha256)
      throw new IntegrityError(`Demo evidence ${e.evidence_item_id} does not match its hash.`);
    line.record.storage_key = stored.storage_key;
    line.record.file_key = stored.file_key;
  }
  const files = new Map(DEMO_ATTACHMENTS.map((a) => [a.attachment_id, a.content]));
  for (const line of lines) {
    const content = line.type === "document_attachment" ? files.get(line.record.id) : undefined;
    if (!content) continue;
    const stored = await storeEvidenceFile(target.dataDir, Readable.from([content]));
    if (stored.sha256 !== line.record.sha256)
      throw new IntegrityError(`Demo attachment ${line.record.id} does not match its hash.`);
    line.record.storage_key = stored.storage_key;
    line.record.file_key = stored.file_key;
  }
  const texts = lines.map((l) => JSON.stringify(l));
  const source = async function* (): AsyncGenerator<[number, string]> {
    for (let i = 0; i < texts.length; i++) yield [i + 1, texts[i]!];
  };
  return importLines(target, source, { actor });
}
