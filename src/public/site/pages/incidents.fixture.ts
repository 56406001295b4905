import { runPublication, seedFullCase } from "../../../publishing/case-bundle.factories.ts";
import { refreshPublicAggregates } from "../../../publishing/public-aggregates.ts";
import type { PublicIncident } from "../../../publishing/public-incident.types.ts";
import { putPublicIncident } from "../../../publishing/public-store.repository.ts";
import {
  approvePublication,
  preview,
  publishApproved,
  requestPublication,
  type PublicationProps,
} from "../../../publishing/publication.commands.ts";
import type { StaffActor } from "../../../auth/auth.types.ts";
import type { TestVault } from "../../../test-support/test-vault.ts";
import { topGroupOf } from "../../../publishing/redaction.ts";
import { TACTICS } from "../../../vocabularies/vocabulary.codes.ts";

const STAGES = [
  "none",
  "reported",
  "registered",
  "investigation_opened",
  "perpetrator_identified",
  "charged",
  "convicted",
];

/** A projected public incident with valid defaults (what the redaction layer would produce). */
export function buildPublicIncident(
  n: number,
  o: Partial<PublicIncident> & { tactic?: string; stage?: number } = {},
): PublicIncident {
  const tactic = o.tactic ?? "physical_intimidation";
  const stage = o.stage ?? 1;
  const year = o.year ?? 2017;
  return {
    publicId: `i${n.toString(16).padStart(20, "0")}`,
    originState: "AZ",
    hostState: "GE",
    date: { from: `${year}-05`, to: null, precision: "month" },
    year,
    place: { city: "Tbilisi", country: o.hostState ?? "GE", precision: "city" },
    tactics: [
      { tactic, group: TACTICS[tactic as keyof typeof TACTICS], topGroup: topGroupOf(tactic) },
    ],
    primaryTactic: tactic,
    primaryTacticGroup: topGroupOf(tactic),
    targetProfiles: ["journalist"],
    victims: [{ name: null, targetProfile: "journalist" }],
    verificationStatus: "verified",
    countable: true,
    counted: (o.verificationStatus ?? "verified") === "verified",
    attributions: [],
    response: {
      furthestStage: STAGES[stage]!,
      furthestStageRank: stage,
      timeline: STAGES.slice(1, stage + 1).map((s, i) => ({ stage: s, daysFromFiling: i * 20 })),
      firstResponseDays: stage >= 2 ? 20 + n : null,
      daysWithoutResponse: stage === 1 ? 400 : null,
      complaints: stage > 0 ? 1 : 0,
    },
    citations: [],
    summary: `Synthetic incident ${n}.`,
    ...o,
  };
}

/** Publishes one full case through the two-person publication commands; returns its public id. */
export async function publishCase(t: TestVault): Promise<string> {
  const c = await seedFullCase(t, {
    incident: { verification_status: "verified", place_precision: "city", place_city: "Tbilisi" },
    statuses: ["filed", "registered"],
  });
  const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
    runPublication(t, actor, fn);
  const target = { recordType: "incident" as const, recordId: c.incident.id };
  const req = await run(c.staff.editor, (p) => requestPublication({ ...p, ...target }));
  await run(c.staff.second, (p) => approvePublication({ ...p, publicationId: req.id }));
  const shown = await run(c.staff.editor, (p) => preview({ ...p, ...target }));
  await run(c.staff.editor, (p) => publishApproved({ ...p, publicationId: req.id }));
  return shown.type === "incident" ? shown.value.publicId : "";
}

/**
 * A small public store where suppression visibly works: eight verified incidents in GE (2017),
 * two in TR (2018, a small cell), two unverified (not counted), one with formula-like text.
 */
export async function seedSmallPublicStore(t: TestVault): Promise<{ caseId: string }> {
  const caseId = await publishCase(t);
  const db = t.vault.stores.publicDb;
  const at = new Date().toISOString();
  const put = (p: PublicIncident) => putPublicIncident(db, p, at);
  for (let n = 1; n <= 8; n++)
    await put(
      buildPublicIncident(n, { stage: n <= 4 ? 2 : 3, tactic: n <= 5 ? "assault" : "spyware" }),
    );
  for (let n = 9; n <= 10; n++)
    await put(
      buildPublicIncident(n, { hostState: "TR", year: 2018, tactic: "abduction_rendition" }),
    );
  await put(buildPublicIncident(11, { hostState: "UA", verificationStatus: "reported" }));
  await put(
    buildPublicIncident(12, {
      verificationStatus: "corroborated",
      summary: '=HYPERLINK("http://evil.example","click"), then "quoted"',
      citations: [
        {
          label: "+Report, part 1",
          url: "https://example.org/r",
          publishedOn: "2017-09",
          grade: "B2",
        },
      ],
    }),
  );
  await refreshPublicAggregates(db, { threshold: 5, now: at });
  return { caseId };
}
