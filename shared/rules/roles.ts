import type { Intervention, StaffRole } from '../domain';
import type { RoleNeed } from '../schedule';

const NURSES: readonly StaffRole[] = ['registered_nurse', 'licensed_practical_nurse', 'nurse_practitioner'];
const PRESCRIBERS: readonly StaffRole[] = ['psychiatrist', 'nurse_practitioner'];

/** Whether someone in `role` may do work that needs `need`. */
export function canMeet(role: StaffRole, need: RoleNeed): boolean {
  if (need === 'any') return role !== 'program_assistant';
  if (need === 'nurse') return NURSES.includes(role);
  if (need === 'prescriber') return PRESCRIBERS.includes(role);
  return role === need;
}

/** What an intervention needs whatever the schedule says: injections need a nurse, psychiatric visits a prescriber. */
export function needOf(intervention: Intervention, declared: RoleNeed | null = null): RoleNeed {
  if (declared && declared !== 'any') return declared;
  if (intervention === 'injection') return 'nurse';
  if (intervention === 'psychiatric_visit') return 'prescriber';
  return 'any';
}
