import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { geoContains } from "d3-geo";
import { CHART_MESSAGES } from "./chart-messages.ts";
import { classBreaks, renderChoroplethMap, type MapRow, type MapText } from "./choropleth-map.ts";
import { ISO_NUMERIC } from "./country-codes.ts";
import { countryShapes, shapeOf } from "./map-geometry.ts";
import { assertAccessibleSvg } from "./svg-assertions.ts";

const text: MapText = {
  title: "Incidents by host state",
  stateColumn: "Host state",
  valueColumn: "Incidents",
  noDataLabel: "No data",
};

function buildRows(overrides: MapRow[] = []): MapRow[] {
  const rows: MapRow[] = [
    { state: "GE", stateLabel: "Georgia", value: 42 },
    { state: "TR", stateLabel: "Türkiye", value: 120 },
    { state: "DE", stateLabel: "Germany", value: 17 },
    { state: "UA", stateLabel: "Ukraine", value: 8 },
    { state: "LT", stateLabel: "Lithuania", value: null },
    { state: "US", stateLabel: "United States", value: 9 },
  ];
  return [...rows.filter((r) => !overrides.some((o) => o.state === r.state)), ...overrides];
}

/** The `d` of the path whose tooltip starts with the given label. */
function statePath(svg: string, label: string): string | undefined {
  return new RegExp(`<path d="([^"]+)" fill="[^"]+"><title>${label}:`).exec(svg)?.[1];
}

describe("choropleth map", () => {
  it("draws a path for every host state in the region, Georgia included", () => {
    const map = renderChoroplethMap(buildRows(), text, { lang: "en" });
    assertAccessibleSvg(map.svg);
    for (const label of ["Georgia", "Türkiye", "Germany", "Ukraine", "Lithuania"]) {
      assert.ok((statePath(map.svg, label) ?? "").length > 20, label);
    }
    assert.equal(statePath(map.svg, "United States"), undefined);
  });

  it("labels values at the states, shows suppression as <5 and says what lies outside the map", () => {
    const map = renderChoroplethMap(buildRows(), text, { lang: "en" });
    for (const value of ["42", "120", "17", "8"])
      assert.ok(map.svg.includes(`>${value}</text>`), value);
    assert.ok(map.svg.includes(">&lt;5</text>"));
    assert.ok(map.svg.includes("<title>Lithuania: fewer than 5 (suppressed)</title>"));
    assert.equal(
      map.description,
      "Incidents by host state. Türkiye: 120; Georgia: 42; Germany: 17; Ukraine: 8; Lithuania: fewer than 5 (suppressed). " +
        "Outside the map area: United States.",
    );
    assert.deepEqual(map.table.rows.at(-1), {
      label: "Lithuania",
      cells: ["fewer than 5 (suppressed)"],
    });
    assert.equal(map.table.rows.length, 6);
  });

  it("has a legend whose classes carry hatching, not only colour", () => {
    const map = renderChoroplethMap(buildRows(), text, { lang: "en" });
    const patterns = map.svg.match(/<pattern id="[^"]+-c\d"/g) ?? [];
    assert.ok(patterns.length >= 3, "one hatch pattern per class");
    assert.ok(map.svg.includes(">Incidents</text>") && map.svg.includes(">No data</text>"));
    assert.ok(map.svg.includes(">&lt;5 — suppressed</text>"));
  });

  it("is deterministic and of reasonable size", () => {
    const a = renderChoroplethMap(buildRows(), text, { lang: "en" });
    renderChoroplethMap([{ state: "AM", stateLabel: "Armenia", value: 5 }], text, { lang: "en" });
    const b = renderChoroplethMap(buildRows(), text, { lang: "en" });
    assert.equal(a.svg, b.svg);
    assert.ok(a.svg.length < 60_000, `${a.svg.length} bytes`);
    const caucasus = renderChoroplethMap(
      [
        { state: "GE", stateLabel: "საქართველო", value: 42 },
        { state: "AM", stateLabel: "სომხეთი", value: 7 },
      ],
      { ...text, title: "ინციდენტები მასპინძელი ქვეყნების მიხედვით" },
      { lang: "ka" },
    );
    assertAccessibleSvg(caucasus.svg);
    assert.ok(caucasus.svg.includes(">ინციდენტები მასპინძელი ქვეყნების მიხედვით</title>"));
    assert.ok(caucasus.svg.length < 80_000, `${caucasus.svg.length} bytes`);
    assert.doesNotMatch(caucasus.svg, / d="[^"]*\.\d\d/, "coordinates rounded to 0.1");
  });

  it("measures render time", (t) => {
    for (const resolution of ["110m", "50m"] as const) {
      renderChoroplethMap(buildRows(), text, { lang: "en", resolution });
      const start = performance.now();
      for (let i = 0; i < 5; i++)
        renderChoroplethMap(buildRows(), text, { lang: "en", resolution });
      const ms = (performance.now() - start) / 5;
      t.diagnostic(`map (${resolution}): ${ms.toFixed(1)} ms per map`);
      assert.ok(ms < 1000);
    }
  });
});

describe("map geometry", () => {
  for (const resolution of ["110m", "50m"] as const) {
    it(`draws recognised borders (${resolution})`, () => {
      const shapes = countryShapes(resolution);
      const ge = shapeOf(shapes, "GE")!;
      assert.ok(geoContains(ge, [41.02, 43.0]), "Sukhumi lies in Georgia");
      assert.ok(geoContains(ge, [43.96, 42.23]), "Tskhinvali lies in Georgia");
      assert.ok(geoContains(shapeOf(shapes, "UA")!, [34.1, 44.95]), "Simferopol lies in Ukraine");
      assert.ok(!geoContains(shapeOf(shapes, "RU")!, [34.1, 44.95]));
      assert.ok(
        geoContains(shapeOf(shapes, "CY")!, [33.6, 35.25]),
        "northern Cyprus lies in Cyprus",
      );
    });
  }

  it("finds an outline for every mapped code at 50m", () => {
    const shapes = countryShapes("50m");
    const missing = Object.keys(ISO_NUMERIC).filter((code) => !shapeOf(shapes, code));
    assert.deepEqual(missing, []);
    assert.ok(shapeOf(shapes, "XK"), "Kosovo by name");
  });
});

describe("class breaks and messages", () => {
  it("snaps geometric classes to readable numbers", () => {
    assert.deepEqual(classBreaks(6, 120, 4), [6, 10, 25, 50]);
    assert.deepEqual(classBreaks(5, 7, 4), [5]);
    assert.deepEqual(classBreaks(0, 1000, 3), [0, 10, 100]);
  });

  it("inflects the Azerbaijani threshold", () => {
    assert.equal(CHART_MESSAGES.az.suppressedLong(5), "5-dən az (gizlədilib)");
    assert.equal(CHART_MESSAGES.az.suppressedLong(10), "10-dan az (gizlədilib)");
    assert.equal(CHART_MESSAGES.az.suppressedLong(6), "6-dan az (gizlədilib)");
  });
});
