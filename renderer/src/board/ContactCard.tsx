import { memo } from 'react';
import {
  CLIENT_STATUS_LABELS,
  CONTACT_STATUS_LABELS,
  type ClientStatus,
  type Contact,
  INTERVENTION_LABELS,
  LOCATION_LABELS,
  contactKindLabel,
} from '../../../shared/domain';
import { WARNING_BADGES } from '../../../shared/rules/warnings';
import type { WarningKind } from '../../../shared/schedule';
import { showClockText } from '../clock';
import { STATUS_SYMBOL, timeRange } from './format';

export interface CardClient {
  preferredName: string;
  status: ClientStatus;
  /** Days in hospital or jail (issue 10). */
  daysIn?: number;
}

interface ContactCardProps {
  contact: Contact;
  client: CardClient | undefined;
  /** What the day's warnings say about this card. */
  warnings: readonly WarningKind[];
  /** Drawn in the drag overlay, lifted off the board. */
  lifted?: boolean;
}

/** What a contact looks like on the board. Pure and memoized: a drag re-renders only the moving card. */
export const ContactCard = memo(function ContactCard({ contact, client, warnings, lifted }: ContactCardProps) {
  // Planned is the usual state of a card on the board; only an outcome is worth a badge.
  const outcome = contact.status !== 'planned';
  const away = client && client.status !== 'active' ? `${CLIENT_STATUS_LABELS[client.status]}${client.daysIn === undefined ? '' : ` · day ${client.daysIn}`}` : null;
  return (
    <div
      className={`card card-${contact.status} intervention-${contact.intervention}${warnings.length ? ' card-warned' : ''}${lifted ? ' card-lifted' : ''}`}
    >
      <div className="card-time">{timeRange(contact)}</div>
      <div className="card-client">{client?.preferredName ?? `Client ${contact.clientId}`}</div>
      <div className="card-what">
        {INTERVENTION_LABELS[contact.intervention]} · {LOCATION_LABELS[contact.location]}
        {contact.kind !== 'face_to_face' && ` · ${contactKindLabel(contact.kind, contact.collateralWith)}`}
      </div>
      {contact.staffId === null && contact.draftReason && <div className="card-reason">{showClockText(contact.draftReason)}</div>}
      {(warnings.length > 0 || away || outcome) && (
        <div className="card-flags">
          {outcome && (
            <span className={`status status-${contact.status}`}>
              <span aria-hidden="true">{STATUS_SYMBOL[contact.status]}</span> {CONTACT_STATUS_LABELS[contact.status]}
            </span>
          )}
          {away && <span className="flag flag-away">{away}</span>}
          {warnings.map((kind) => (
            <span key={kind} className="flag flag-warning">
              <span aria-hidden="true">⚠</span> {WARNING_BADGES[kind]}
            </span>
          ))}
        </div>
      )}
    </div>
  );
});
