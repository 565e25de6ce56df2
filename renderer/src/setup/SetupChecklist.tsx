/** Getting started: what a new team fills in, step by step; each step can be skipped and found again. */
import { FormError } from '../components/Dialog';
import { useQueryClient } from '@tanstack/react-query';
import { SETUP_STEPS, type SetupScreen, type SetupStepId } from '../../../shared/setup';
import { call } from '../api';
import { useSaving } from '../components/useSaving';
import { useSetupStatus } from '../queries';

const SCREEN_LABEL: Record<SetupScreen, string> = { settings: 'Settings', staff: 'Staff', admin: 'Admin', clients: 'Clients' };

export function SetupChecklist({ onOpen }: { onOpen: (screen: SetupScreen) => void }) {
  const status = useSetupStatus();
  const client = useQueryClient();
  const { busy, error, run } = useSaving(() => undefined);
  const skip = (step: SetupStepId, skipped: boolean) =>
    run(async () => {
      await call('setup.skip', { step, skipped });
      await client.invalidateQueries({ queryKey: ['setup'] });
    });
  const states = new Map(status.data?.steps.map((s) => [s.id, s]));
  const left = status.data?.steps.filter((s) => !s.done && !s.skipped).length ?? 0;

  return (
    <section className="screen setup-screen" aria-labelledby="setup-title">
      <div className="screen-header">
        <h1 id="setup-title">Getting started</h1>
      </div>
      <p className="setup-intro">
        {status.data?.finished
          ? 'Every step is done or skipped. The board is ready; this list stays here, under Settings, for later.'
          : `${left} of ${SETUP_STEPS.length} steps left to make this board your team’s. Do them in any order, and skip what you want to do later: this list stays under Settings.`}
      </p>
      <FormError error={error} />
      <ol className="setup-steps">
        {SETUP_STEPS.map((step) => {
          const state = states.get(step.id);
          const label = state?.done ? 'Done' : state?.skipped ? 'Skipped' : 'To do';
          return (
            <li key={step.id} className={`panel setup-step setup-${label.toLowerCase().replace(' ', '-')}`}>
              <div className="setup-step-text">
                <h2>
                  <span className="setup-state">{label}</span> {step.title}
                </h2>
                <p>{step.what}</p>
              </div>
              <div className="setup-step-actions">
                <button type="button" className="button button-primary" onClick={() => onOpen(step.screen)}>
                  Open {SCREEN_LABEL[step.screen]}
                </button>
                {!state?.done && (
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void skip(step.id, !state?.skipped)}
                    aria-label={`${state?.skipped ? 'Bring back' : 'Skip'}: ${step.title}`}
                  >
                    {state?.skipped ? 'Bring back' : 'Skip for now'}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
