import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  FUNNEL_STAGES,
  renderFunnelChart,
  renderMedianResponseChart,
  type FunnelRow,
  type FunnelStage,
  type FunnelText,
} from "./charts.ts";
import { assertAccessibleSvg } from "./svg-assertions.ts";

const EN_STAGES: Record<FunnelStage, string> = {
  reported: "Reported",
  registered: "Registered",
  investigation_opened: "Investigation opened",
  perpetrator_identified: "Perpetrator identified",
  charged: "Charged",
  convicted: "Convicted",
};
const KA_STAGES: Record<FunnelStage, string> = {
  reported: "შეტყობინებული",
  registered: "დარეგისტრირებული",
  investigation_opened: "დაწყებულია გამოძიება",
  perpetrator_identified: "დამნაშავე იდენტიფიცირებულია",
  charged: "წაყენებულია ბრალდება",
  convicted: "მსჯავრდებულია",
};

function funnelText(overrides: Partial<FunnelText> = {}): FunnelText {
  return {
    title: "Accountability funnel",
    axisTitle: "Incidents",
    stageLabels: EN_STAGES,
    stageColumn: "Stage",
    countColumn: "Incidents",
    shareColumn: "Share of reported",
    ...overrides,
  };
}

function buildFunnel(counts: (number | null)[] = [42, 17, 9, 6, null, 0]): FunnelRow[] {
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: counts[i] === undefined ? 0 : counts[i]!,
  }));
}

const barCount = (svg: string) => svg.match(/fill="#1d70b8"/g)?.length ?? 0;

describe("funnel chart", () => {
  it("is an accessible SVG with a label at every bar and a plain-language description", async () => {
    const chart = await renderFunnelChart(buildFunnel(), funnelText(), { lang: "en" });
    assertAccessibleSvg(chart.svg);
    for (const label of Object.values(EN_STAGES))
      assert.ok(chart.svg.includes(`>${label}</text>`), label);
    assert.ok(chart.svg.includes(">17 (40%)</text>"));
    assert.ok(chart.svg.startsWith("<svg") && chart.svg.includes("<title id="));
    assert.equal(
      chart.description,
      "Reported: 42. Of these: Registered: 17 (40%); Investigation opened: 9 (21%); Perpetrator identified: 6 (14%); " +
        "Charged: fewer than 5 (suppressed); Convicted: 0 (0%). Percentages are shares of the reported incidents.",
    );
    assert.deepEqual(chart.table.columns, ["Stage", "Incidents", "Share of reported"]);
    assert.deepEqual(chart.table.rows[4], {
      label: "Charged",
      cells: ["fewer than 5 (suppressed)", "—"],
    });
  });

  it("shows a suppressed stage as <5, never as a zero bar", async () => {
    const chart = await renderFunnelChart(
      buildFunnel([42, null, null, null, null, null]),
      funnelText(),
      { lang: "en" },
    );
    assert.equal(barCount(chart.svg), 1, "only the reported stage has a bar");
    assert.equal(chart.svg.match(/>&lt;5<\/text>/g)?.length, 5);
    assert.ok(!chart.table.rows.slice(1).some((r) => r.cells[0] === "0"));
  });

  it("renders Georgian labels and Georgian number formatting", async () => {
    const chart = await renderFunnelChart(
      buildFunnel([12345, 517, 61, 9, null, 0]),
      funnelText({ stageLabels: KA_STAGES, title: "ანგარიშვალდებულება" }),
      { lang: "ka" },
    );
    assertAccessibleSvg(chart.svg);
    for (const label of Object.values(KA_STAGES)) assert.ok(chart.svg.includes(label), label);
    assert.ok(
      chart.svg.includes("<title id=") && chart.svg.includes(">ანგარიშვალდებულება</title>"),
    );
    assert.match(chart.description, /^შეტყობინებული: 12\u00a0345\. მათგან:/);
    assert.ok(chart.description.includes("5-ზე ნაკლები (დაფარულია)"));
  });

  it("is deterministic, also after other charts were rendered in the same process", async () => {
    const first = await renderFunnelChart(buildFunnel(), funnelText(), { lang: "en" });
    await renderMedianResponseChart(
      [{ state: "GE", stateLabel: "Georgia", medianDays: 3 }],
      medianText,
      { lang: "en" },
    );
    const again = await renderFunnelChart(buildFunnel(), funnelText(), { lang: "en" });
    assert.equal(again.svg, first.svg);
  });

  it("stays well-formed and labelled for any counts (property)", async () => {
    const count = fc.option(fc.nat({ max: 100000 }), { nil: null });
    await fc.assert(
      fc.asyncProperty(fc.array(count, { minLength: 6, maxLength: 6 }), async (counts) => {
        const chart = await renderFunnelChart(buildFunnel(counts), funnelText(), { lang: "ru" });
        assertAccessibleSvg(chart.svg);
        assert.equal(barCount(chart.svg), counts.filter((c) => c !== null).length);
        for (const label of Object.values(EN_STAGES)) assert.ok(chart.description.includes(label));
      }),
      { numRuns: 25 },
    );
  });

  it("renders fast enough for a static build (reports ms per chart)", async (t) => {
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) {
      await renderFunnelChart(buildFunnel([100 + i, 50, 20, 10, 6, null]), funnelText(), {
        lang: "en",
      });
    }
    const ms = (performance.now() - start) / runs;
    t.diagnostic(`funnel chart: ${ms.toFixed(1)} ms per chart`);
    assert.ok(ms < 250, `${ms} ms per chart`);
  });
});

const medianText = {
  title: "Median days to first response",
  axisTitle: "Days",
  stateColumn: "Host state",
  medianColumn: "Median",
};

describe("median response chart", () => {
  it("sorts longest first, labels days in the reader's language and marks suppressed medians", async () => {
    const chart = await renderMedianResponseChart(
      [
        { state: "TR", stateLabel: "Турция", medianDays: 45.5 },
        { state: "LT", stateLabel: "Литва", medianDays: null },
        { state: "GE", stateLabel: "Грузия", medianDays: 121 },
      ],
      { ...medianText, title: "Медиана дней до первого ответа" },
      { lang: "ru" },
    );
    assertAccessibleSvg(chart.svg);
    assert.deepEqual(
      chart.table.rows.map((r) => r.label),
      ["Грузия", "Турция", "Литва"],
    );
    assert.ok(chart.svg.includes(">121 день</text>") && chart.svg.includes(">45,5 дня</text>"));
    assert.ok(chart.svg.includes(">скрыто</text>"));
    assert.equal(barCount(chart.svg), 2);
    assert.ok(chart.description.includes("Литва — не показано (менее 5 инцидентов)"));
  });

  it("says there is no data instead of drawing an empty frame silently", async () => {
    const chart = await renderMedianResponseChart([], medianText, { lang: "az" });
    assertAccessibleSvg(chart.svg);
    assert.equal(chart.description, "Məlumat yoxdur.");
  });
});
