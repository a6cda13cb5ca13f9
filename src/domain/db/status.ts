import type { Dataset } from './dataset.js';

export interface StatusInput {
  submissions: Array<{
    period: string;
    checklist_id: string;
    checklist_version: string;
    party_code: string;
    party_name: string;
    current: boolean;
    signature: string;
    overall_score: number | null;
    overall_band: string | null;
    /** The band the score alone gives, and whether core obligations capped it. */
    score_band?: string | null;
    capped?: boolean;
    created: string;
    file: string;
  }>;
  rejections: Array<{
    period: string | null;
    checklist_id: string | null;
    checklist_version: string | null;
    party_code: string | null;
    file: string;
    errors: number;
    code: string | null;
    message: string | null;
  }>;
  /** Every party that has submitted on a checklist, in any period. */
  parties: Array<{ checklist_id: string; party_code: string; party_name: string }>;
}

const SIGNED = new Set(['valid', 'unchecked', 'unknown-key']);
const key = (period: string | null, checklist: string | null): string => `${period ?? ''}\u0000${checklist ?? ''}`;

/**
 * Per period and checklist, the counts; then per party, each submission
 * (accepted, superseded), each rejection, and each party that answered the
 * checklist in another period but not in this one (not submitted).
 */
export function statusView(input: StatusInput): Dataset[] {
  const parties: Dataset['rows'] = [];
  for (const s of input.submissions) {
    parties.push({
      period: s.period,
      checklist: s.checklist_id,
      version: s.checklist_version,
      party: s.party_code,
      name: s.party_name,
      status: s.current ? 'accepted' : 'superseded',
      signature: s.signature,
      score: s.overall_score,
      band: s.overall_band,
      // A capped band says so on its own line: the band the score alone would give.
      capped_from: s.capped ? (s.score_band ?? null) : null,
      created: s.created,
      file: s.file,
      problem: null,
    });
  }
  for (const r of input.rejections) {
    parties.push({
      period: r.period,
      checklist: r.checklist_id,
      version: r.checklist_version,
      party: r.party_code,
      name: null,
      status: 'rejected',
      signature: null,
      score: null,
      band: null,
      capped_from: null,
      created: null,
      file: r.file,
      problem: r.code === null ? null : `${r.code}: ${r.message ?? ''}`,
    });
  }
  const cycles = new Map<string, { period: string; checklist: string }>();
  for (const s of input.submissions) cycles.set(key(s.period, s.checklist_id), { period: s.period, checklist: s.checklist_id });
  for (const { period, checklist } of cycles.values()) {
    const answered = new Set(
      input.submissions.filter((s) => s.period === period && s.checklist_id === checklist && s.current).map((s) => s.party_code),
    );
    for (const p of input.parties) {
      if (p.checklist_id !== checklist || answered.has(p.party_code)) continue;
      parties.push({
        period,
        checklist,
        version: null,
        party: p.party_code,
        name: p.party_name,
        status: 'not-submitted',
        signature: null,
        score: null,
        band: null,
        capped_from: null,
        created: null,
        file: null,
        problem: null,
      });
    }
  }
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  parties.sort(
    (a, b) =>
      text(a['period']).localeCompare(text(b['period'])) ||
      text(a['checklist']).localeCompare(text(b['checklist'])) ||
      text(a['party']).localeCompare(text(b['party'])) ||
      text(a['created']).localeCompare(text(b['created'])) ||
      text(a['file']).localeCompare(text(b['file'])),
  );
  const summary = new Map<string, Record<string, string | number>>();
  for (const row of parties) {
    const k = key(text(row['period']) || null, text(row['checklist']) || null);
    const entry = summary.get(k) ?? {
      period: text(row['period']),
      checklist: text(row['checklist']),
      accepted: 0,
      superseded: 0,
      rejected: 0,
      'not-submitted': 0,
      signed: 0,
      verified: 0,
      unsigned: 0,
    };
    summary.set(k, entry);
    const status = text(row['status']);
    entry[status] = Number(entry[status] ?? 0) + 1;
    if (status === 'accepted') {
      const signature = text(row['signature']);
      if (signature === 'valid') entry['verified'] = Number(entry['verified']) + 1;
      if (SIGNED.has(signature)) entry['signed'] = Number(entry['signed']) + 1;
      else entry['unsigned'] = Number(entry['unsigned']) + 1;
    }
  }
  return [
    {
      name: 'summary',
      columns: ['period', 'checklist', 'accepted', 'superseded', 'rejected', 'not-submitted', 'signed', 'verified', 'unsigned'],
      rows: [...summary.values()],
    },
    {
      name: 'submissions',
      columns: [
        'period',
        'checklist',
        'version',
        'party',
        'name',
        'status',
        'signature',
        'score',
        'band',
        'capped_from',
        'created',
        'file',
        'problem',
      ],
      rows: parties,
      words: ['status', 'signature'],
      labels: { band: 'band', capped_from: 'band' },
    },
  ];
}
