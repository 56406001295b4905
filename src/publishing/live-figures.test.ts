import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ValidationError } from "../errors.ts";
import { parseFigure, renderFigures } from "./live-figures.ts";
import { suppressAggregates, type IncidentFact } from "./suppression.ts";

const facts: IncidentFact[] = [
  ...Array.from({ length: 8 }, (_, i) => ({
    host: "GE",
    year: 2016 + (i % 2),
    group: "direct_attack",
    stage: 0,
    countable: true,
    firstResponseDays: null,
  })),
  ...Array.from({ length: 2 }, () => ({
    host: "TR",
    year: 2017,
    group: "direct_attack",
    stage: 0,
    countable: true,
    firstResponseDays: null,
  })),
];

describe("live figures", () => {
  it("parses the shortcode grammar", () => {
    assert.deepEqual(parseFigure(" incidents host=GE since=2016"), { host: "GE", yearFrom: 2016 });
    assert.deepEqual(parseFigure(" reached stage=charged year=2017"), {
      stageMin: 5,
      yearFrom: 2017,
      yearTo: 2017,
    });
    assert.deepEqual(parseFigure(" countable group=direct_attack"), {
      countable: true,
      group: "direct_attack",
    });
    assert.throws(() => parseFigure(" victims host=GE"), ValidationError);
    assert.throws(() => parseFigure(" incidents host=Georgia"), ValidationError);
  });

  it("renders a derivable count and withholds a small one and its complement", () => {
    const agg = suppressAggregates(facts);
    const text = renderFigures(
      "All: {{figure incidents since=2016}}; GE: {{figure incidents host=GE}}; TR: {{figure incidents host=TR}}",
      agg,
      { locale: "en", withheldText: "—" },
    );
    // TR's 2 is withheld; GE's 8 too, or "all minus GE" would give TR back.
    assert.equal(text, "All: 10; GE: —; TR: —");
  });

  it("words a withheld figure in the document's language", () => {
    const agg = suppressAggregates(facts);
    const figure = "{{figure incidents host=TR}}";
    assert.equal(renderFigures(figure, agg, { locale: "ka" }), "[დაფარულია]");
    assert.equal(renderFigures(figure, agg, { locale: "ru" }), "[скрыто]");
    assert.equal(renderFigures(figure, agg, { locale: "az" }), "[gizlədilib]");
    assert.equal(renderFigures(figure, agg, { locale: "en" }), "[withheld]");
  });

  it("formats numbers in the document's language", () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({ ...facts[0]!, year: 2016 + (i % 2) }));
    assert.equal(
      renderFigures("{{figure incidents}}", suppressAggregates(many), { locale: "ru" }),
      "1\u00a0234",
    );
  });
});
