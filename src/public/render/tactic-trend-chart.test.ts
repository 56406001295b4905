import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  renderTacticTrendChart,
  type TacticTrendRow,
  type TacticTrendText,
} from "./tactic-trend-chart.ts";
import { assertAccessibleSvg } from "./svg-assertions.ts";

const text: TacticTrendText = {
  title: "Incidents by tactic group",
  xAxisTitle: "Year",
  groupLabels: {
    direct_attack: "Direct attacks",
    co_opted_host_state: "Co-opting the host state",
    mobility_controls: "Mobility controls",
  },
  groupColumn: "Tactic group",
};

function buildRows(): TacticTrendRow[] {
  return [
    { group: "direct_attack", year: 2019, count: 12 },
    { group: "direct_attack", year: 2020, count: null },
    { group: "direct_attack", year: 2021, count: 30 },
    { group: "co_opted_host_state", year: 2019, count: 7 },
    // 2020 missing for this group: counts as 0, not as suppressed
    { group: "co_opted_host_state", year: 2021, count: 9 },
    { group: "mobility_controls", year: 2019, count: null },
    { group: "mobility_controls", year: 2021, count: null },
    { group: "not_in_labels", year: 2030, count: 99 },
  ];
}

describe("tactic-group trend chart", () => {
  it("draws one labelled panel per group with a direct label at every bar", async () => {
    const chart = await renderTacticTrendChart(buildRows(), text, { lang: "en" });
    assertAccessibleSvg(chart.svg);
    for (const label of Object.values(text.groupLabels))
      assert.ok(chart.svg.includes(`>${label}</text>`), label);
    for (const year of ["2019", "2020", "2021"])
      assert.ok(chart.svg.includes(`>${year}</text>`), year);
    assert.ok(!chart.svg.includes("2030"), "groups without a label are left out");
    for (const value of ["12", "30", "7", "9"])
      assert.ok(chart.svg.includes(`>${value}</text>`), value);
    assert.equal(chart.svg.match(/>&lt;5<\/text>/g)?.length, 3);
  });

  it("tells suppressed cells from zero in the table and the description", async () => {
    const chart = await renderTacticTrendChart(buildRows(), text, { lang: "en" });
    assert.deepEqual(chart.table.columns, ["Tactic group", "2019", "2020", "2021"]);
    assert.deepEqual(chart.table.rows, [
      { label: "Direct attacks", cells: ["12", "<5", "30"] },
      { label: "Co-opting the host state", cells: ["7", "0", "9"] },
      { label: "Mobility controls", cells: ["<5", "0", "<5"] },
    ]);
    assert.equal(
      chart.description,
      "Incidents by tactic group. Direct attacks — total at least 42 (2019–2021); peak 2021: 30. " +
        "Co-opting the host state — total 16 (2019–2021); peak 2021: 9. " +
        "Mobility controls — 2019: <5, 2020: 0, 2021: <5.",
    );
  });

  it("renders Azerbaijani and Georgian text as UTF-8 and stays deterministic", async () => {
    const ka = {
      ...text,
      groupLabels: {
        direct_attack: "პირდაპირი თავდასხმები",
        legal_threats: "სამართლებრივი ზეწოლა",
      },
    };
    const rows = [
      { group: "direct_attack", year: 2022, count: 5 },
      { group: "legal_threats", year: 2023, count: null },
    ];
    const a = await renderTacticTrendChart(rows, ka, { lang: "ka" });
    const b = await renderTacticTrendChart(rows, ka, { lang: "ka" });
    assert.equal(a.svg, b.svg);
    assert.ok(a.svg.includes("პირდაპირი თავდასხმები") && a.svg.includes("სამართლებრივი ზეწოლა"));
    assert.ok(a.description.includes("სამართლებრივი ზეწოლა — 2022: 0, 2023: <5"), a.description);
    const az = await renderTacticTrendChart(rows, ka, { lang: "az", threshold: 10 });
    assert.ok(az.svg.includes(">&lt;10</text>"));
    assert.equal(az.table.rows[1]?.cells[1], "<10");
  });
});
