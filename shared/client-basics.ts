/** A client's basics for the day (issue 14): address and phone, the crisis plan in brief, legal status. */

/** The client's current legal status (a hospital stay keeps its own, shared/stays.ts). */
export const CLIENT_LEGAL_STATUSES = ['voluntary', 'aot', 'conditional_release', 'guardianship', 'other'] as const;
export type ClientLegalStatus = (typeof CLIENT_LEGAL_STATUSES)[number];

export const CLIENT_LEGAL_STATUS_LABELS: Record<ClientLegalStatus, string> = {
  voluntary: 'Voluntary',
  aot: 'AOT (court-ordered outpatient treatment)',
  conditional_release: 'Conditional release',
  guardianship: 'Guardianship',
  other: 'Other',
};

export const ADDRESS_MAX = 200;
export const PHONE_MAX = 40;
export const CRISIS_PLAN_MAX = 500;

export interface ClientBasics {
  address: string;
  phone: string;
  /** The crisis plan in brief: who to call, what helps. */
  crisisPlan: string;
  legalStatus: ClientLegalStatus | null;
}

export const NO_BASICS: ClientBasics = { address: '', phone: '', crisisPlan: '', legalStatus: null };
