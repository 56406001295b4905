/**
 * A small XML well-formedness checker for tests (no XML parser is a dependency): one root,
 * balanced and properly nested tags, quoted and unique attributes, no raw "<" or stray "&" in
 * text, only the predefined or numeric entities, no characters XML 1.0 forbids. Returns the
 * problems found (empty when well-formed) and the element names in document order.
 */
export function checkXml(xml: string): { errors: string[]; elements: string[] } {
  const errors: string[] = [];
  const elements: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const NAME = /^[A-Za-z_][\w.:-]*/;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml))
    errors.push("character not allowed in XML 1.0");
  const checkText = (text: string, where: string) => {
    if (text.includes("<")) errors.push(`raw < in ${where}`);
    for (const m of text.matchAll(/&([^;\s]*);?/g))
      if (!/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]!) || !m[0].endsWith(";"))
        errors.push(`bad entity ${m[0]} in ${where}`);
  };
  if (xml.startsWith("<?xml")) {
    const end = xml.indexOf("?>");
    if (end < 0) return { errors: ["unterminated XML declaration"], elements };
    i = end + 2;
  }
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim() && stack.length === 0) errors.push("text outside the root element");
    checkText(text, "text");
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) {
      errors.push("unterminated tag");
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) errors.push(`</${name}> closes <${open ?? "nothing"}>`);
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name) {
      errors.push(`bad tag <${tag.slice(0, 20)}>`);
      continue;
    }
    if (stack.length === 0 && ++roots > 1) errors.push("more than one root element");
    elements.push(name);
    const rest = body.slice(name.length);
    const seen = new Set<string>();
    const attr = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/gy;
    let pos = 0;
    for (let m = attr.exec(rest); m; m = attr.exec(rest)) {
      if (seen.has(m[1]!)) errors.push(`duplicate attribute ${m[1]} on <${name}>`);
      seen.add(m[1]!);
      checkText(m[3] ?? m[4] ?? "", `attribute ${m[1]}`);
      pos = attr.lastIndex;
    }
    if (rest.slice(pos).trim()) errors.push(`malformed attributes on <${name}>`);
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) errors.push(`unclosed <${stack.join("> <")}>`);
  if (roots === 0) errors.push("no root element");
  return { errors, elements };
}
