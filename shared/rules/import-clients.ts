/** Importing and exporting clients: one row per client, matched on the record number. */
import { type Client, CLIENT_STATUS_LABELS, CLIENT_STATUSES, type Staff } from '../domain';
import { exportHeader, type ImportPlan, type ImportRow } from '../import';
import { clientCreateInput } from '../schemas';
import { dateOf, enumOf, listOf } from './import-cells';
import { problemsOf } from './import-problems';
import { personKey } from './import-staff';

/** The import leaves the discharge date and reason as they are. */
export type ClientImportValue = Omit<Client, 'id' | 'version' | 'dischargedOn' | 'dischargeReason'>;

/** Finds staff by initials ("DW") or by name ("Dana Whitfield"). */
export function staffFinder(staff: readonly Staff[]): (text: string) => Staff | null {
  return (text) => {
    const t = text.trim();
    return staff.find((s) => s.initials.toUpperCase() === t.toUpperCase()) ?? staff.find((s) => personKey(s.name) === personKey(t)) ?? null;
  };
}

const recordKey = (r: string) => r.trim().toLowerCase();

export function planClientImport(rows: readonly ImportRow[], existing: readonly Client[], staff: readonly Staff[]): ImportPlan<ClientImportValue> {
  const plan: ImportPlan<ClientImportValue> = { rows: [], problems: [] };
  const findStaff = staffFinder(staff);
  const byRecord = new Map(existing.filter((c) => c.recordNumber).map((c) => [recordKey(c.recordNumber!), c]));
  const seenRecords = new Map<string, number>();
  const seenUnnumbered = new Map<string, number>();
  for (const { row, cells } of rows) {
    const problems: string[] = [];
    const name = (cells.name ?? '').trim();
    const record = (cells.recordNumber ?? '').trim();
    const current = record ? byRecord.get(recordKey(record)) : matchByName(existing, name);
    if (!name) problems.push('The full name is missing.');
    if (record) {
      const earlier = seenRecords.get(recordKey(record));
      if (earlier) problems.push(`Record number ${record} is also on row ${earlier}; each client once.`);
      seenRecords.set(recordKey(record), row);
    } else if (name) {
      const earlier = seenUnnumbered.get(personKey(name));
      if (earlier) problems.push(`${name} is also on row ${earlier}, and neither has a record number; give each client a record number.`);
      seenUnnumbered.set(personKey(name), row);
    }
    const dateText = (cells.admissionDate ?? '').trim();
    const admissionDate = dateText ? dateOf(dateText) : (current?.admissionDate ?? null);
    if (!admissionDate) {
      problems.push(
        dateText
          ? `The admission date “${dateText}” is not a real date; write it like 2024-03-07 or 3/7/2024.`
          : 'The admission date is missing.',
      );
    }
    const statusText = (cells.status ?? '').trim();
    const status = statusText ? enumOf(CLIENT_STATUSES, CLIENT_STATUS_LABELS, statusText) : (current?.status ?? 'active');
    if (!status) problems.push(`The status “${statusText}” is not one the board knows; use one of: ${listOf(CLIENT_STATUSES, CLIENT_STATUS_LABELS)}.`);
    const staffOf = (text: string, what: string): number | null => {
      const s = findStaff(text);
      const already = s && (current?.primaryStaffId === s.id || current?.teamStaffIds.includes(s.id));
      if (!s) problems.push(`${what} “${text}” is not a staff member on the board (use their initials; import staff first).`);
      else if (!s.active && !already) problems.push(`${what} ${s.name} is no longer active.`);
      return s?.id ?? null;
    };
    const primaryText = (cells.primaryStaff ?? '').trim();
    const primaryStaffId = cells.primaryStaff === undefined ? (current?.primaryStaffId ?? null) : primaryText ? staffOf(primaryText, 'The primary care manager') : null;
    const teamStaffIds =
      cells.team === undefined
        ? (current?.teamStaffIds ?? [])
        : [
            ...new Set(
              cells.team
                .split(/[\s,;/]+/)
                .filter(Boolean)
                .map((t) => staffOf(t, 'The treatment team member'))
                .filter((id): id is number => id !== null),
            ),
          ].sort((a, b) => a - b);
    const preferredName = (cells.preferredName ?? '').trim() || current?.preferredName || name.split(/\s+/)[0] || '';
    // Address and phone: a filled cell sets them; the crisis plan and legal status are kept (edited in the client form).
    const kept = (cell: string | undefined, now: string | undefined) => (cell ?? '').trim() || now || '';
    const basics = {
      address: kept(cells.address, current?.address),
      phone: kept(cells.phone, current?.phone),
      crisisPlan: current?.crisisPlan ?? '',
      legalStatus: current?.legalStatus ?? null,
    };
    const candidate = { name, preferredName, recordNumber: record || null, admissionDate: admissionDate ?? '', status: status ?? 'active', primaryStaffId, teamStaffIds, ...basics };
    const checked = clientCreateInput.safeParse(candidate);
    if (!checked.success && problems.length === 0) {
      problems.push(
        ...problemsOf(checked.error, {
          name: 'The full name',
          preferredName: 'The preferred name',
          recordNumber: `The record number “${record}”`,
          teamStaffIds: 'The treatment team',
          address: 'The address',
          phone: 'The phone number',
        }),
      );
    }
    if (problems.length || !checked.success) {
      plan.problems.push(...problems.map((message) => ({ row, message })));
      continue;
    }
    const { dischargedOn: _on, dischargeReason: _reason, ...value } = checked.data;
    plan.rows.push({ row, id: current?.id ?? null, value, outcome: !current ? 'new' : sameClient(current, value) ? 'unchanged' : 'changed' });
  }
  return plan;
}

/** Without a record number, a row matches the one existing client of that name who has none either. */
function matchByName(existing: readonly Client[], name: string): Client | undefined {
  const same = existing.filter((c) => c.recordNumber === null && personKey(c.name) === personKey(name));
  return same.length === 1 ? same[0] : undefined;
}

function sameClient(c: Client, v: ClientImportValue): boolean {
  return (
    c.name === v.name &&
    c.preferredName === v.preferredName &&
    c.recordNumber === v.recordNumber &&
    c.admissionDate === v.admissionDate &&
    c.status === v.status &&
    c.primaryStaffId === v.primaryStaffId &&
    c.address === v.address &&
    c.phone === v.phone &&
    [...c.teamStaffIds].sort((a, b) => a - b).join() === v.teamStaffIds.join()
  );
}

export function clientsExportTable(clients: readonly Client[], staff: readonly Staff[]): { header: string[]; rows: string[][] } {
  const initials = new Map(staff.map((s) => [s.id, s.initials]));
  return {
    header: exportHeader('clients'),
    rows: clients.map((c) => [
      c.recordNumber ?? '',
      c.name,
      c.preferredName,
      c.admissionDate ?? '',
      CLIENT_STATUS_LABELS[c.status],
      c.primaryStaffId === null ? '' : (initials.get(c.primaryStaffId) ?? ''),
      c.teamStaffIds.map((id) => initials.get(id) ?? '').filter(Boolean).join(' '),
      c.address,
      c.phone,
    ]),
  };
}

