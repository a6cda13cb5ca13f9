// Writes a valid checklist of N questions, for the lint benchmark.
import { writeFileSync } from 'node:fs';

export function generateChecklist(file, questions) {
  const lines = [
    'kind: checklist',
    'formatVersion: 1',
    'id: bench',
    'version: 1.0.0',
    'languages: [en, fr]',
    "title: { en: Benchmark, fr: Banc d'essai }",
    'catalogues:',
    '  - id: un-tip-protocol',
    '    scope: ["5.1", "6.1", "9.1"]',
    'pillars:',
    '  - { id: prevention, title: { en: Prevention, fr: Prévention } }',
    'assistanceCategories:',
    '  - { id: training, title: { en: Training, fr: Formation } }',
    'scoring:',
    '  bands:',
    '    - { id: low, min: 0, max: 0.5, label: { en: Low, fr: Faible } }',
    '    - { id: high, min: 0.5, max: 1, label: { en: High, fr: Élevé } }',
    'sections:',
  ];
  const perSection = 50;
  const provisions = ['5.1', '6.1', '9.1', '6.3.b', '10.2'];
  for (let q = 0; q < questions; q++) {
    if (q % perSection === 0) {
      lines.push(
        `  - id: s${q / perSection}`,
        `    title: { en: Section ${q / perSection}, fr: Section ${q / perSection} }`,
        '    questions:',
      );
    }
    const condition = q % perSection === 0 ? '' : `\n        when: { question: q${q - 1}, in: [yes, partly] }\n        whenHidden: unmet`;
    lines.push(
      `      - id: q${q}`,
      '        type: tri-state',
      `        text: { en: "Does the State implement measure ${q}?", fr: "L'État applique-t-il la mesure ${q} ?" }`,
      `        help: { en: "A full yes requires a law in force.", fr: "Un oui complet suppose une loi en vigueur." }`,
      `        sources: [{ catalogue: un-tip-protocol, provision: "${provisions[q % provisions.length]}" }]`,
      '        pillars: [prevention]',
      '        evidence: true',
      `        assistance: true${condition}`,
    );
  }
  writeFileSync(file, lines.join('\n') + '\n');
}
