import assert from "node:assert/strict";

/**
 * Test helper: checks an SVG string is balanced XML with the accessibility frame every chart and
 * map must have. A small tokenizer is enough because our SVG has no CDATA, comments or DTD.
 */
export function assertAccessibleSvg(svg: string): void {
  assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const open = svg.match(/^<svg[^>]*>/)![0];
  assert.match(open, / role="img"/);
  assert.match(open, / viewBox="0 0 [\d.]+ [\d.]+"/);
  const labelledBy = / aria-labelledby="([^"]+)"/.exec(open)?.[1]?.split(" ") ?? [];
  assert.equal(labelledBy.length, 2, "aria-labelledby names the title and the desc");
  assert.match(
    svg,
    new RegExp(
      `^<svg[^>]*><title id="${labelledBy[0]}">[^<]+</title><desc id="${labelledBy[1]}">[^<]+</desc>`,
    ),
  );

  const stack: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g,
  )) {
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name, `unbalanced ${tag}`);
    else stack.push(name!);
  }
  assert.deepEqual(stack, [], "every element is closed");
  assert.doesNotMatch(svg.replace(/<[^>]*>/g, ""), /[<>]/, "text content is escaped");
  assert.doesNotMatch(svg, /\b(?:href|src)="(?!#)/, "no reference to any other resource");
  assert.doesNotMatch(svg, /NaN|undefined|Infinity/);
}
