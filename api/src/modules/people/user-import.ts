import { parse } from 'csv-parse/sync';
import { isEmail } from 'class-validator';
import { DomainError } from '../../common/errors/domain-error.js';
import { ROLES, type Role } from '../../auth/roles.js';

export const MAX_IMPORT_ROWS = 2000;

export type ImportColumn = 'email' | 'displayName' | 'roles' | 'department' | 'fte' | 'screenWorker' | 'locale';

/** Header names a spreadsheet may use, Dutch or English, compared without case, spaces, dashes or underscores. */
const HEADERS: Record<ImportColumn, string[]> = {
  email: ['email', 'emailadres', 'mail'],
  displayName: ['name', 'naam', 'displayname', 'fullname', 'volledigenaam'],
  roles: ['roles', 'role', 'rollen', 'rol'],
  department: ['department', 'dienst', 'afdeling'],
  fte: ['fte', 'vte'],
  screenWorker: ['screenworker', 'beeldschermwerker'],
  locale: ['locale', 'language', 'taal'],
};

export type ImportRecord = { line: number; values: Partial<Record<ImportColumn, string>> };

export type RowError = { field: ImportColumn | 'row'; reason: string; message: string };

/** What a row asks for; an absent value leaves an existing user's value as it is. */
export type ImportValues = {
  email: string;
  displayName?: string;
  roles?: Role[];
  departmentId?: string | null;
  fte?: number;
  screenWorker?: boolean;
  locale?: 'nl-BE' | 'en';
};

export type ExistingUser = {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  fte: number;
  screenWorker: boolean;
  locale: 'nl-BE' | 'en';
};

export type ImportContext = {
  /** Department ids by lower-cased name. */
  departments: ReadonlyMap<string, string>;
  existing: ReadonlyMap<string, ExistingUser>;
  viewerIsAdmin: boolean;
};

export type PlannedRow = {
  line: number;
  email: string;
  displayName: string;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID';
  /** The fields an UPDATE changes. */
  changes: string[];
  errors: RowError[];
  userId: string | null;
  values: ImportValues;
};

const normaliseHeader = (h: string) => h.toLowerCase().replace(/[\s_\-.]/g, '');

/**
 * Reads a CSV export (comma, semicolon or tab separated — Belgian spreadsheets use semicolons — with
 * a header row) into records by column. Throws USER_IMPORT_UNREADABLE for a file that is not CSV or
 * lacks the e-mail and name columns.
 */
export function readUserCsv(csv: string): ImportRecord[] {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', ',', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((a, b) => b.n - a.n)[0]!.d;
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(csv, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as never;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? null;
    throw new DomainError('USER_IMPORT_UNREADABLE', 'The file is not readable as CSV', { params: { line } });
  }
  const [header, ...body] = rows;
  const columns = (header?.record ?? []).map((h) => {
    const key = normaliseHeader(h);
    return (Object.keys(HEADERS) as ImportColumn[]).find((c) => HEADERS[c].includes(key));
  });
  const missing = (['email', 'displayName'] as const).filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DomainError('USER_IMPORT_UNREADABLE', `The header row needs the columns: ${missing.join(', ')}`, {
      params: { missing: missing.join(',') },
    });
  }
  if (body.length > MAX_IMPORT_ROWS) {
    throw new DomainError('USER_IMPORT_UNREADABLE', `At most ${MAX_IMPORT_ROWS} rows at a time`, { params: { maxRows: MAX_IMPORT_ROWS } });
  }
  return body.map(({ record, info }) => {
    const values: Partial<Record<ImportColumn, string>> = {};
    columns.forEach((c, i) => {
      if (c && record[i] !== undefined && record[i] !== '') values[c] = record[i];
    });
    return { line: info.lines, values };
  });
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x', 'waar']);
const NO = new Set(['nee', 'n', 'no', 'false', '0', 'onwaar']);

/** Checks every row and says what importing it would do; nothing is written here. */
export function planImport(records: readonly ImportRecord[], ctx: ImportContext): PlannedRow[] {
  const seen = new Map<string, number>();
  return records.map(({ line, values: v }) => {
    const errors: RowError[] = [];
    const fail = (field: RowError['field'], reason: string, message: string) => errors.push({ field, reason, message });
    const email = (v.email ?? '').trim().toLowerCase();
    if (!email) fail('email', 'REQUIRED', 'E-mail address missing');
    else if (email.length > 254 || !isEmail(email)) fail('email', 'INVALID_EMAIL', 'Not an e-mail address');
    else if (seen.has(email)) fail('email', 'DUPLICATE_IN_FILE', `Also on line ${seen.get(email)}`);
    else seen.set(email, line);
    const existing = ctx.existing.get(email);
    const values: ImportValues = { email };

    const name = v.displayName?.trim();
    if (name !== undefined) {
      if (name.length > 200) fail('displayName', 'TOO_LONG', 'At most 200 characters');
      else values.displayName = name;
    } else if (!existing) fail('displayName', 'REQUIRED', 'Name missing');

    if (v.roles !== undefined) {
      const roles = [
        ...new Set(
          v.roles
            .toUpperCase()
            .split(/[\s|,;+/]+/)
            .filter(Boolean),
        ),
      ];
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length) fail('roles', 'UNKNOWN_ROLE', `Unknown role: ${unknown.join(', ')}`);
      else if (roles.includes('PARTNER'))
        fail('roles', 'PARTNER_NOT_IMPORTED', 'Partner accounts are made one by one, with their organisation');
      else if (roles.length === 0) fail('roles', 'REQUIRED', 'At least one role');
      else values.roles = roles as Role[];
    }
    const touchesAdmin = (values.roles ?? []).includes('ADMIN') || (existing?.roles ?? []).includes('ADMIN');
    if (touchesAdmin && !ctx.viewerIsAdmin) fail('roles', 'FORBIDDEN', 'Only an administrator can manage administrator accounts');

    if (v.department !== undefined) {
      const id = ctx.departments.get(v.department.trim().toLowerCase());
      if (!id) fail('department', 'UNKNOWN_DEPARTMENT', `No department named "${v.department}"`);
      else values.departmentId = id;
    }
    if (v.fte !== undefined) {
      const percent = v.fte.trim().endsWith('%');
      const n = Number(v.fte.replace('%', '').trim().replace(',', '.')) / (percent ? 100 : 1);
      if (!Number.isFinite(n) || n <= 0 || n > 1 || Math.round(n * 100) !== n * 100) {
        fail('fte', 'INVALID_FTE', 'FTE is a fraction above 0 and at most 1, e.g. 0,8');
      } else values.fte = n;
    }
    if (v.screenWorker !== undefined) {
      const word = v.screenWorker.trim().toLowerCase();
      if (YES.has(word)) values.screenWorker = true;
      else if (NO.has(word)) values.screenWorker = false;
      else fail('screenWorker', 'INVALID_BOOLEAN', 'Ja or nee');
    }
    if (v.locale !== undefined) {
      const l = v.locale.trim().toLowerCase();
      if (l === 'nl' || l === 'nl-be') values.locale = 'nl-BE';
      else if (l === 'en') values.locale = 'en';
      else fail('locale', 'INVALID_LOCALE', 'nl or en');
    }

    const base = { line, email, displayName: values.displayName ?? existing?.displayName ?? '', errors, values };
    if (errors.length) return { ...base, action: 'INVALID', changes: [], userId: existing?.id ?? null };
    if (!existing) return { ...base, action: 'CREATE', changes: [], userId: null };
    const changes = changedFields(existing, values);
    return { ...base, action: changes.length ? 'UPDATE' : 'UNCHANGED', changes, userId: existing.id };
  });
}

function changedFields(u: ExistingUser, v: ImportValues): string[] {
  const changed: string[] = [];
  if (v.displayName !== undefined && v.displayName !== u.displayName) changed.push('displayName');
  if (v.roles !== undefined && [...v.roles].sort().join() !== [...u.roles].sort().join()) changed.push('roles');
  if (v.departmentId !== undefined && v.departmentId !== u.departmentId) changed.push('department');
  if (v.fte !== undefined && Math.abs(v.fte - u.fte) > 1e-9) changed.push('fte');
  if (v.screenWorker !== undefined && v.screenWorker !== u.screenWorker) changed.push('screenWorker');
  if (v.locale !== undefined && v.locale !== u.locale) changed.push('locale');
  return changed;
}
