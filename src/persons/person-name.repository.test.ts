import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { saveChanges } from "../records/record.commands.ts";
import { seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { findPersonIdsByName } from "./person-name.repository.ts";
import { personIdentitySpec } from "./person.schema.ts";

const SPELLINGS = {
  mukhtarli: ["Afgan Mukhtarli", "Əfqan Müxtarlı", "Афган Мухтарлы", "აფგან მუხთარლი"],
  aghalarli: ["Dashgin Aghalarli", "Daşqın Ağalarlı", "Дашгын Агаларлы"],
  isgenderli: ["Isgenderli", "İsgəndərli", "Исгендерли", "ისგენდერლი"],
} as const;

/** Every plaintext piece of the stored names that must never appear in the token table. */
const PLAINTEXT_PIECES = [
  "afgan",
  "əfqan",
  "mukhtarli",
  "muhtarli",
  "müxtarl",
  "мухтарл",
  "მუხთარლ",
  "dashgin",
  "aghalarli",
  "agalarli",
  "ağalarl",
  "isgenderli",
  "isgəndərli",
  "leyla",
  "mustafayeva",
];

for (const dialect of DIALECTS) {
  describe(`person names (blind index) on ${dialect}`, () => {
    let t: TestVault;
    const ids: Record<string, string> = {};
    let identityId = "";

    before(async () => {
      t = await createTestVault(dialect);
      // Each person is saved in a different script from the spellings searched below.
      const mukhtarli = await seedCase(t, { name: "Əfqan Müxtarlı" });
      const aghalarli = await seedCase(t, { name: "Дашгын Агаларлы" });
      const isgenderli = await seedCase(t, { name: "ისგენდერლი" });
      const mustafayeva = await seedCase(t, { name: "Leyla Mustafayeva" });
      ids.mukhtarli = mukhtarli.person.id;
      ids.aghalarli = aghalarli.person.id;
      ids.isgenderli = isgenderli.person.id;
      ids.mustafayeva = mustafayeva.person.id;
      identityId = mustafayeva.identity.id;
    });
    after(async () => t.close());

    const find = (q: string) => findPersonIdsByName(t.vault.db(), t.vault.keys(), q);

    it("finds each person from any spelling of the full name", async () => {
      for (const [who, spellings] of Object.entries(SPELLINGS))
        for (const q of spellings) assert.deepEqual(await find(q), [ids[who]], `${q} → ${who}`);
    });

    it("finds a person by the surname alone, in any script and case", async () => {
      for (const q of ["Mukhtarli", "Müxtarlı", "МУХТАРЛЫ", "მუხთარლი"])
        assert.deepEqual(await find(q), [ids.mukhtarli], q);
      for (const q of ["Aghalarli", "Ağalarlı", "агаларлы"])
        assert.deepEqual(await find(q), [ids.aghalarli], q);
      assert.deepEqual(await find("ISGƏNDƏRLİ"), [ids.isgenderli]);
    });

    it("finds nobody for an unknown name or an empty query", async () => {
      assert.deepEqual(await find("Gulnur Kazimova"), []);
      assert.deepEqual(await find("Kazimova"), []);
      assert.deepEqual(await find(""), []);
      assert.deepEqual(await find("  ...  "), []);
    });

    it("stores no plaintext name in person_name_tokens", async () => {
      const rows = await t.vault.db().selectFrom("person_name_tokens").selectAll().execute();
      assert.ok(rows.length >= 4 * 2, `expected tokens for four people, got ${rows.length}`);
      assert.deepEqual(Object.keys(rows[0]!).sort(), ["person_id", "token"]);
      const dump = JSON.stringify(rows).toLowerCase();
      for (const piece of PLAINTEXT_PIECES) assert.ok(!dump.includes(piece), piece);
      for (const r of rows) assert.match(String(r.token), /^[A-Za-z0-9_-]{32}$/);
      const people = new Set(rows.map((r) => String(r.person_id)));
      assert.deepEqual([...people].sort(), Object.values(ids).sort());
    });

    it("replaces the tokens when an identity is renamed: the old name is no longer found", async () => {
      const db = t.vault.db();
      const countTokens = async () =>
        (
          await db
            .selectFrom("person_name_tokens")
            .select("token")
            .where("person_id", "=", ids.mustafayeva!)
            .execute()
        ).length;
      const before = await countTokens();
      assert.deepEqual(await find("Leyla Mustafayeva"), [ids.mustafayeva]);
      await saveChanges({
        db,
        keys: t.vault.keys(),
        actor: t.actor,
        spec: personIdentitySpec,
        id: identityId,
        expectedVersion: 1,
        changes: { full_name: "Gulnur Kazimova", name_variants: ["Гульнур Казимова"] },
      });
      assert.deepEqual(await find("Leyla Mustafayeva"), []);
      assert.deepEqual(await find("Mustafayeva"), []);
      assert.deepEqual(await find("Gulnur Kazimova"), [ids.mustafayeva]);
      assert.deepEqual(await find("Kazimova"), [ids.mustafayeva]);
      assert.deepEqual(await find("Гульнур Казимова"), [ids.mustafayeva]);
      assert.ok((await countTokens()) >= before, "the new name and its variant are indexed");
      // The other people's tokens are untouched.
      assert.deepEqual(await find("Afgan Mukhtarli"), [ids.mukhtarli]);
    });

    it("indexes name variants, and two people sharing a surname are both found", async () => {
      const other = await seedCase(t, { name: "Emin Mukhtarli" });
      const found = await find("Müxtarlı");
      assert.deepEqual(found.sort(), [ids.mukhtarli!, other.person.id].sort());
      assert.deepEqual(await find("Emin Mukhtarli"), [other.person.id]);
      assert.deepEqual(await find("Əfqan Müxtarlı"), [ids.mukhtarli]);
    });
  });
}
