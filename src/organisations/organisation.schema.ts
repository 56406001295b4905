import { Type } from "@sinclair/typebox";
import { defineRecord } from "../records/record-spec.ts";
import { Maybe, Protected, StateCode, Text, Vocab } from "../records/schema-helpers.ts";

/** An NGO using the installation, or an authority, agency or embassy the NGOs deal with. */
export const organisationSpec = defineRecord({
  type: "organisation",
  table: "organisations",
  orgScoped: false,
  description: "An NGO using the system, or an authority, agency, court or embassy it deals with.",
  schema: Type.Object(
    {
      slug: Maybe(Type.String({ pattern: "^[a-z0-9][a-z0-9-]{1,62}$" })),
      name: Text(300, { minLength: 1 }),
      kind: Vocab("organisation_kind"),
      state: Maybe(StateCode()),
      is_member: Type.Boolean({ description: "An NGO whose staff use this installation." }),
      website: Maybe(Text(500)),
      internal_notes: Maybe(Protected(Text())),
    },
    { additionalProperties: false },
  ),
});
