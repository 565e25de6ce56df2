/** The one place that says whether a client's discharge date and reason fit their status (issue 15). */
import type { Client } from '../domain';

type DischargeFields = Pick<Client, 'status' | 'admissionDate' | 'dischargedOn' | 'dischargeReason'>;

/**
 * What is wrong, in plain words; null when it fits. A client newly discharged needs both the
 * date and the reason; one discharged before the board kept them may stay without.
 */
export function dischargeProblem(c: DischargeFields, wasDischarged: boolean): string | null {
  const discharged = c.status === 'discharged';
  if (!discharged && (c.dischargedOn !== null || c.dischargeReason !== null)) {
    return 'Only a discharged client has a discharge date and reason: set the status to Discharged, or clear them.';
  }
  if (!discharged) return null;
  if ((c.dischargedOn === null) !== (c.dischargeReason === null) || (!wasDischarged && c.dischargedOn === null)) {
    return 'A discharged client needs both the discharge date and the reason (the retention figure counts them).';
  }
  if (c.dischargedOn !== null && c.admissionDate !== null && c.dischargedOn < c.admissionDate) {
    return 'The discharge date cannot be before the admission date.';
  }
  return null;
}

/** A client readmitted (status changed from discharged, nothing said of the discharge) loses the old discharge. */
export function readmitted(before: Pick<Client, 'status'>, change: Partial<DischargeFields>): boolean {
  return before.status === 'discharged' && change.status !== undefined && change.status !== 'discharged' && change.dischargedOn === undefined && change.dischargeReason === undefined;
}
