/**
 * The state whose ACT standards the team follows. Documentation due dates (shared/rules) and
 * fidelity targets read their rule set from this one setting.
 */
export const STATE_PROFILES = ['NY', 'MA', 'UT'] as const;
export type StateProfile = (typeof STATE_PROFILES)[number];

export const STATE_PROFILE_LABEL: Record<StateProfile, string> = {
  NY: 'New York (OMH ACT program guidelines)',
  MA: 'Massachusetts (PACT standards)',
  UT: 'Utah (ACT intensity standards)',
};
