import type { VaultKeys } from "../keyring/installation.ts";
import { saveNewRecord } from "../records/record.commands.ts";
import type { Db } from "../records/record.repository.ts";
import type { Actor } from "../records/record.types.ts";
import { interventionEventSpec } from "./intervention.schema.ts";

/** The day a response was due: the filing date plus the deadline. */
export function dueDate(filedOn: string, deadlineDays: number): string {
  const d = new Date(`${filedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + deadlineDays);
  return d.toISOString().slice(0, 10);
}

/**
 * The deadline rule: every complaint still waiting after its filing with no answer from the
 * authority past its response deadline gets a "no response" event dated on the day it fell due.
 * Returns the ids of the interventions it marked. Running it twice marks nothing new.
 */
export async function applyResponseDeadlines(props: { db: Db; keys: VaultKeys; actor: Actor; today: string }): Promise<string[]> {
  const candidates = await props.db
    .selectFrom("interventions")
    .select(["id", "org_id", "filed_on", "response_deadline_days", "last_event_on"])
    .where("current_status", "=", "filed")
    .where("first_response_days", "is", null)
    .where("response_deadline_days", "is not", null)
    .where("filed_on", "is not", null)
    .execute();
  const marked: string[] = [];
  for (const c of candidates) {
    const due = dueDate(String(c.filed_on), Number(c.response_deadline_days));
    if (due > props.today || (c.last_event_on && String(c.last_event_on) > due)) continue;
    await saveNewRecord({
      db: props.db,
      keys: props.keys,
      actor: props.actor,
      spec: interventionEventSpec,
      orgId: String(c.org_id),
      data: { intervention_id: c.id, status: "no_response", occurred_on: due, note: null },
    });
    marked.push(String(c.id));
  }
  return marked;
}
