/** Fields every stored record carries, whatever its type. */
export interface RecordMeta {
  id: string;
  org_id?: string;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A record as the domain sees it: meta plus decoded (decrypted) fields. */
export type DomainRecord = RecordMeta & Record<string, unknown>;

/** One line of the interchange format. */
export interface InterchangeLine {
  type: string;
  record: DomainRecord;
}

/** One earlier version of a record, as kept in the history and written to exports. */
export interface RecordVersionLine {
  type: "record_version";
  record: {
    record_type: string;
    record_id: string;
    version: number;
    snapshot: DomainRecord;
    changed_at: string;
    changed_by: string;
  };
}

/** Who is acting: a signed-in user, the command line, or the system itself. */
export interface Actor {
  kind: "user" | "cli" | "system";
  id: string;
  orgId?: string;
}

export const SYSTEM_ACTOR: Actor = { kind: "system", id: "system" };
export const CLI_ACTOR: Actor = { kind: "cli", id: "cli" };
