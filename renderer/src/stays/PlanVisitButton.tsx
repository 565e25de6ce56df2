import { FormError } from '../components/Dialog';
import { useState } from 'react';
import { call, errorMessage } from '../api';

/** "Plan a visit today": one click puts a hospital or jail visit contact on today's board (issue 10). */
export function PlanVisitButton({ stayId }: { stayId: number }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const plan = async () => {
    setState({ busy: true, error: null });
    try {
      await call('stays.planVisit', { stayId });
      setState({ busy: false, error: null });
    } catch (err) {
      setState({ busy: false, error: errorMessage(err) });
    }
  };
  return (
    <>
      <button type="button" className="button button-small plan-visit" onClick={() => void plan()} disabled={state.busy}>
        {state.busy ? 'Planning…' : 'Plan a visit today'}
      </button>
      <FormError error={state.error} />
    </>
  );
}
