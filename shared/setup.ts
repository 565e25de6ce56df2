/** A new team's getting-started checklist: what each step asks, and when it counts as done. */
export const SETUP_STEPS = [
  {
    id: 'team',
    title: 'Team settings',
    what: 'Team name, time zone, operating hours, and a 12- or 24-hour clock.',
    screen: 'settings',
  },
  {
    id: 'staff',
    title: 'Staff',
    what: 'Everyone on the team with their role, FTE and usual week: “Import CSV…” takes a spreadsheet saved as CSV, or add people one by one and set each week under Availability.',
    screen: 'staff',
  },
  {
    id: 'pins',
    title: 'PINs and permission levels',
    what: 'A PIN for each person and what they may do: view, log, schedule (shift managers, program assistant) or admin.',
    screen: 'admin',
  },
  {
    id: 'clients',
    title: 'Clients',
    what: 'The roster: “Import CSV…” takes a spreadsheet saved as CSV, or add clients one by one.',
    screen: 'clients',
  },
  {
    id: 'schedules',
    title: 'Weekly schedules',
    what: 'Each client’s recurring contacts, so Draft schedule can fill the day: “Import schedules…” on the Clients screen, or add them per client.',
    screen: 'clients',
  },
] as const;

export type SetupStepId = (typeof SETUP_STEPS)[number]['id'];
export type SetupScreen = (typeof SETUP_STEPS)[number]['screen'];
export const SETUP_STEP_IDS = SETUP_STEPS.map((s) => s.id) as [SetupStepId, ...SetupStepId[]];

export interface SetupStepState {
  id: SetupStepId;
  done: boolean;
  skipped: boolean;
}

export interface SetupStatus {
  steps: SetupStepState[];
  /** Every step done or skipped: the checklist stops asking (Settings still opens it). */
  finished: boolean;
}
