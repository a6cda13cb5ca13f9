/** The filters every query command takes. */
export interface Filters {
  cycle?: string | undefined;
  checklist?: string | undefined;
  party?: string | undefined;
  /** Only these parties (the members of a UN M49 region). */
  parties?: readonly string[] | undefined;
}

/**
 * The WHERE conditions for the filters given, on a relation with
 * period, checklist_id and party_code columns; values become parameters
 * appended to `params`.
 */
export function filterSql(filters: Filters, params: unknown[], alias = ''): string[] {
  const at = alias === '' ? '' : `${alias}.`;
  const out: string[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    out.push(`${at}${column} = $${params.length}`);
  };
  add('period', filters.cycle);
  add('checklist_id', filters.checklist);
  add('party_code', filters.party?.toUpperCase());
  if (filters.parties !== undefined) {
    params.push([...filters.parties]);
    out.push(`${at}party_code = ANY($${params.length}::text[])`);
  }
  return out;
}

export function whereSql(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}
