import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../../src/format/diagnostics/junit.js';
import { clean, report } from './report-fixture.js';

/** Cheap well-formedness check: every open tag is closed in order, no stray `<` or `&`. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\n/, '');
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z-]+)((?:\s+[A-Za-z-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
  // Once tags are removed, any remaining `<` or raw `&` means bad escaping.
  const text = body.replace(/<\/?[A-Za-z-]+(?:\s+[A-Za-z-]+="[^"<]*")*\s*\/?>/g, '');
  expect(text).not.toMatch(/<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
}

describe('formatJunit', () => {
  it('prints a suite per file, a failure per error or warning, a passing case for clean files', () => {
    const xml = formatJunit(report, { color: true });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="selfassess" tests="4" failures="2">
  <testsuite name="checklists/national plan.yaml" tests="3" failures="2">
    <testcase classname="checklists/national plan.yaml" name="missing-translation">
      <system-out>checklists/national plan.yaml: info: Traduction manquante pour « Résumé » (fr).</system-out>
    </testcase>
    <testcase classname="checklists/national plan.yaml" name="duplicate-id at 3:5">
      <failure type="duplicate-id" message="Id &quot;q&lt;1&gt;&quot; &amp; &apos;q1&apos; clash: 100% sure,&#10;rename one">checklists/national plan.yaml:3:5: error: Id &quot;q&lt;1&gt;&quot; &amp; &apos;q1&apos; clash: 100% sure,
rename one
Rule duplicate-id: Question ids must be unique</failure>
    </testcase>
    <testcase classname="checklists/national plan.yaml" name="empty-section at 10:1">
      <failure type="empty-section" message="L’indice est vide ; complétez-le.">checklists/national plan.yaml:10:1: warning: L’indice est vide ; complétez-le.
Rule empty-section: Hints must not be empty</failure>
    </testcase>
  </testsuite>
  <testsuite name="checklists/b.yaml" tests="1" failures="0">
    <testcase classname="checklists/b.yaml" name="no problems"/>
  </testsuite>
</testsuites>
`);
    assertWellFormed(xml);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).not.toMatch(/\u001b\[/);
  });

  it('lists every file as passing when there is nothing to report', () => {
    const xml = formatJunit(clean, { color: false });
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="selfassess" tests="2" failures="0">
  <testsuite name="checklists/national plan.yaml" tests="1" failures="0">
    <testcase classname="checklists/national plan.yaml" name="no problems"/>
  </testsuite>
  <testsuite name="checklists/b.yaml" tests="1" failures="0">
    <testcase classname="checklists/b.yaml" name="no problems"/>
  </testsuite>
</testsuites>
`);
    assertWellFormed(xml);
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    expect(escapeXmlText('a\u0000b\u0007c\uFFFEd\uD800e\tf😀<&>"\'')).toBe('abcde\tf😀&lt;&amp;&gt;&quot;&apos;');
    expect(escapeXmlAttribute('a\tb\r\nc')).toBe('a&#9;b&#13;&#10;c');
  });
});
