/** The client's basics for the day in the client form: address, phone, legal status, crisis plan in brief. */
import {
  ADDRESS_MAX,
  CLIENT_LEGAL_STATUSES,
  CLIENT_LEGAL_STATUS_LABELS,
  CRISIS_PLAN_MAX,
  type ClientBasics,
  type ClientLegalStatus,
  PHONE_MAX,
} from '../../../shared/client-basics';
import { Field } from '../components/Dialog';

export function ClientBasicsFields({
  basics,
  onChange,
}: {
  basics: ClientBasics;
  onChange: <K extends keyof ClientBasics>(key: K, value: ClientBasics[K]) => void;
}) {
  return (
    <fieldset className="client-basics">
      <legend>For the day</legend>
      <div className="form-grid">
        <Field label="Address" hint="For the day sheet and travel">
          <input value={basics.address} maxLength={ADDRESS_MAX} onChange={(e) => onChange('address', e.target.value)} />
        </Field>
        <Field label="Phone">
          <input type="tel" value={basics.phone} maxLength={PHONE_MAX} onChange={(e) => onChange('phone', e.target.value)} />
        </Field>
        <Field label="Legal status" hint="The client's current status">
          <select
            value={basics.legalStatus ?? ''}
            onChange={(e) => onChange('legalStatus', e.target.value ? (e.target.value as ClientLegalStatus) : null)}
          >
            <option value="">Not recorded</option>
            {CLIENT_LEGAL_STATUSES.map((v) => (
              <option key={v} value={v}>
                {CLIENT_LEGAL_STATUS_LABELS[v]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Crisis plan in brief" hint={`Who to call, what helps (at most ${CRISIS_PLAN_MAX} characters)`}>
          <textarea rows={3} value={basics.crisisPlan} maxLength={CRISIS_PLAN_MAX} onChange={(e) => onChange('crisisPlan', e.target.value)} />
        </Field>
      </div>
    </fieldset>
  );
}
