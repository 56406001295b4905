import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import {
  Maybe,
  PartialDate,
  Protected,
  Ref,
  StateCode,
  Text,
  Vocab,
} from "../records/schema-helpers.ts";

/** A person or group: only a pseudonym; roles come from links (victim, actor, source). */
export const personSpec = defineRecord({
  type: "person",
  table: "persons",
  description: "A person or group known by a pseudonym; identity lives apart.",
  schema: Type.Object(
    {
      pseudonym: Type.String({ minLength: 1, maxLength: 64 }),
      kind: Vocab("person_kind"),
    },
    { additionalProperties: false },
  ),
});

const Contact = Type.Object(
  { kind: Type.String({ maxLength: 40 }), value: Type.String({ maxLength: 300 }) },
  { additionalProperties: false },
);
const Relative = Type.Object(
  {
    relation: Type.String({ maxLength: 60 }),
    name: Type.String({ maxLength: 300 }),
    location: Maybe(Type.String({ maxLength: 300 })),
    notes: Maybe(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

/** Who a person really is: always field-encrypted, revealed only to granted caseworkers. */
export const personIdentitySpec = defineRecord({
  type: "person_identity",
  table: "person_identities",
  description: "Names, transliterations, birth date, contacts, address and relatives of a person.",
  schema: Type.Object(
    {
      person_id: Ref("person"),
      full_name: Protected(Text(300, { minLength: 1 })),
      name_variants: Protected(Type.Array(Text(300), { maxItems: 20 })),
      birth_date: Maybe(Protected(PartialDate())),
      contacts: Protected(Type.Array(Contact, { maxItems: 20 })),
      current_address: Maybe(Protected(Text(1000))),
      relatives: Protected(Type.Array(Relative, { maxItems: 30 })),
      internal_notes: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});

/** A dated profile: how the person is targeted and their status in the host state. */
export const personProfileSpec = defineRecord({
  type: "person_profile",
  table: "person_profiles",
  appendOnly: true,
  description: "Target profile and residence status of a person, valid from a date.",
  schema: Type.Object(
    {
      person_id: Ref("person"),
      valid_from: PartialDate(),
      target_profile: Vocab("target_profile"),
      residence_status: Maybe(Vocab("residence_status")),
      origin_state: Maybe(StateCode()),
      residence_state: Maybe(StateCode()),
    },
    { additionalProperties: false },
  ),
});

/** A dated consent: what may be done with the person's case; withdrawable. */
export const consentSpec = defineRecord({
  type: "consent",
  table: "consents",
  description: "Consent level given by a person (aggregate only, anonymised case, named case).",
  schema: Type.Object(
    {
      person_id: Ref("person"),
      level: Vocab("consent_level"),
      given_on: PartialDate(),
      withdrawn_on: Maybe(PartialDate()),
      internal_notes: Maybe(Protected(Text(4000))),
    },
    { additionalProperties: false },
  ),
});
