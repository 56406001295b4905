import {
  putPublicDocument,
  putPublicIncident,
} from "../../../publishing/public-store.repository.ts";
import type { TestVault } from "../../../test-support/test-vault.ts";
import { publishDocumentFixture } from "./documents.fixtures.ts";
import { buildPublicIncident, seedSmallPublicStore } from "./incidents.fixture.ts";

/**
 * A public store with more than one page of everything: the documents fixture (translations
 * missing, cited incidents, one withdrawn), the small incident store, 130 more incidents in three
 * host states (three pages of the database) and 45 more documents (three pages of a listing).
 */
export async function seedManyPages(t: TestVault): Promise<void> {
  await publishDocumentFixture(t);
  await seedSmallPublicStore(t);
  const db = t.vault.stores.publicDb;
  const at = new Date().toISOString();
  for (let n = 100; n < 230; n++)
    await putPublicIncident(
      db,
      buildPublicIncident(n, { hostState: ["GE", "TR", "DE"][n % 3]!, year: 2010 + (n % 12) }),
      at,
    );
  for (let n = 0; n < 45; n++)
    await putPublicDocument(
      db,
      {
        slug: `bulk-${String(n).padStart(2, "0")}`,
        documentType: n % 2 ? "news" : "statement",
        categories: ["migration_and_asylum"],
        coAuthors: [],
        citedIncidentIds: [buildPublicIncident(100 + n).publicId],
        originalLanguage: n % 3 ? "en" : "ka",
        publishedOn: `2020-0${(n % 9) + 1}`,
        translations: [
          { language: n % 3 ? "en" : "ka", title: `Bulk ${n}`, summary: null, body: "Text." },
        ],
      },
      at,
    );
}
