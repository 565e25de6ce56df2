import { useMemo } from 'react';
/** What the import preview and the exports compare with: the board's lists, as this seat has them. */
import type { Client, LocalDate, Staff } from '../../../shared/domain';
import { type ImportKind, type ImportPlan, type ImportRow } from '../../../shared/import';
import { clientsExportTable, planClientImport } from '../../../shared/rules/import-clients';
import { planScheduleImport, schedulesExportTable } from '../../../shared/rules/import-schedules';
import { planStaffImport, staffExportTable, staffRecordsOf } from '../../../shared/rules/import-staff';
import type { ScheduleItem, StaffAvailability } from '../../../shared/schedule';
import { todayIn } from '../../../shared/time';
import { useAvailability, useClients, useScheduleItems, useSettings, useStaff } from '../queries';

export interface BoardLists {
  staff: Staff[];
  clients: Client[];
  items: ScheduleItem[];
  availability: StaffAvailability[];
  today: LocalDate;
}

/** The lists, once every one has loaded. */
export function useBoardLists(): BoardLists | null {
  const staff = useStaff().data;
  const clients = useClients().data;
  const items = useScheduleItems().data;
  const availability = useAvailability().data;
  const settings = useSettings().data;
  return useMemo(
    () => (staff && clients && items && availability && settings ? { staff, clients, items, availability, today: todayIn(settings.timeZone) } : null),
    [staff, clients, items, availability, settings],
  );
}

export const IMPORT_METHOD = { staff: 'import.staff', clients: 'import.clients', schedules: 'import.schedules' } as const;

/** The same check the service runs when the import is sent. */
export function planImport(kind: ImportKind, rows: ImportRow[], l: BoardLists): ImportPlan<unknown> {
  switch (kind) {
    case 'staff':
      return planStaffImport(rows, staffRecordsOf(l.staff, l.availability));
    case 'clients':
      return planClientImport(rows, l.clients, l.staff);
    case 'schedules':
      return planScheduleImport(rows, l.clients, l.staff, l.items, l.today);
  }
}

export function exportTable(kind: ImportKind, l: BoardLists): { header: string[]; rows: string[][] } {
  switch (kind) {
    case 'staff':
      return staffExportTable(staffRecordsOf(l.staff, l.availability));
    case 'clients':
      return clientsExportTable(l.clients, l.staff);
    case 'schedules':
      return schedulesExportTable(l.items, l.clients, l.staff);
  }
}
