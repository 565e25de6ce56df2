import { useMemo } from 'react';
import type { Input } from '../../../shared/api';
import type { Contact, LocalDate, Staff } from '../../../shared/domain';
import type { CoverMove } from '../../../shared/rules/cover';
import { formatClock } from '../../../shared/time';
import { call } from '../api';
import { afterNextPaint } from './after-paint';
import { inTurn, useBoardWrites } from './board-writes';

export type ContactDraft = Input<'contacts.create'> & { status?: Contact['status'] };

/** Everything the board does to a contact, each with its undo. Errors are shown and rethrown. */
export function useContactActions(day: LocalDate) {
  const { write, showAtOnce, restore, push, undoable } = useBoardWrites(day);

  return useMemo(() => {
    const attempt = <T>(work: () => Promise<T>): Promise<T> => write(work, { shown: true });

    const restoreFields = (c: Contact) => ({
      clientId: c.clientId,
      staffId: c.staffId,
      day: c.day,
      start: formatClock(c.startMinute),
      end: formatClock(c.endMinute),
      intervention: c.intervention,
      location: c.location,
      kind: c.kind,
      collateralWith: c.collateralWith,
      status: c.status,
      note: c.note,
      nextPlan: c.nextPlan,
    });

    return {
      /** Reassign and/or retime; the card moves at once and comes back if the host refuses. */
      move(contact: Contact, staffId: number | null, start: number | undefined) {
        const startMinute = start ?? contact.startMinute;
        const endMinute = startMinute + contact.endMinute - contact.startMinute;
        const previous = showAtOnce((board) => ({
          ...board,
          contacts: board.contacts.map((c) => (c.id === contact.id ? { ...c, staffId, startMinute, endMinute } : c)),
        }));
        const record = `contact:${contact.id}`;
        const saved = attempt(async () => {
          try {
            return await inTurn(record, async (lastSaved) => {
              // The card is shown moved in the next frame; the request (fetch, JSON) goes out after it.
              await afterNextPaint();
              return call('contacts.move', {
                id: contact.id,
                // The newer of what the board has (another seat's change included) and this seat's last save.
                version: Math.max(contact.version, lastSaved ?? 0),
                staffId,
                ...(start === undefined ? {} : { start: formatClock(start) }),
              });
            });
          } catch (err) {
            restore(previous);
            throw err;
          }
        });
        const back = { staffId: contact.staffId, start: formatClock(contact.startMinute) };
        undoable(saved, 'move', (moved) =>
          attempt(() => inTurn(record, (lastSaved) => call('contacts.move', { id: moved.id, version: lastSaved ?? moved.version, ...back }))),
        );
        return saved;
      },

      create(draft: ContactDraft) {
        const { status, ...input } = draft;
        return attempt(async () => {
          let created = await call('contacts.create', input);
          if (status && status !== 'planned') {
            created = await call('contacts.setStatus', { id: created.id, version: created.version, status });
          }
          const made = created;
          push({ label: 'add', day: made.day, undo: () => attempt(() => call('contacts.delete', { id: made.id, version: made.version })) });
          return made;
        });
      },

      update(before: Contact, draft: ContactDraft) {
        return attempt(async () => {
          const after = await call('contacts.update', { id: before.id, version: before.version, ...draft });
          push({
            label: 'edit',
            day: before.day,
            undo: () => attempt(() => call('contacts.update', { id: after.id, version: after.version, ...restoreFields(before) })),
          });
          return after;
        });
      },

      setStatus(before: Contact, status: Contact['status'], note: string) {
        return attempt(async () => {
          const after = await call('contacts.setStatus', { id: before.id, version: before.version, status, note });
          push({
            label: 'status',
            day: before.day,
            undo: () =>
              attempt(() =>
                call('contacts.setStatus', { id: after.id, version: after.version, status: before.status, note: before.note }),
              ),
          });
          return after;
        });
      },

      /** Fills the day from every client's schedule; undo takes back what it added and nobody has touched since. */
      draft() {
        return attempt(async () => {
          const result = await call('schedule.draft', { day });
          if (result.contacts.length) {
            push({
              label: 'draft',
              day,
              undo: async () => {
                const { removed, kept } = await attempt(() => call('schedule.undoDraft', { runId: result.runId }));
                if (removed === 0) return 'Nothing to undo: every drafted contact was changed or removed since.';
                return `Removed ${removed} drafted contact${removed === 1 ? '' : 's'}${kept ? `; kept ${kept} changed since` : ''}.`;
              },
            });
          }
          return result;
        });
      },

      /** Marks someone off for the day and moves their contacts as proposed; undo gives both back. */
      offToday(staff: Staff, kind: 'sick' | 'other', moves: CoverMove[], before: Contact[]) {
        return attempt(async () => {
          const { timeOff, moved, leftActivities } = await call('cover.offToday', {
            day,
            staffId: staff.id,
            kind,
            moves: moves.map((m) => ({ id: m.contactId, version: m.version, staffId: m.toStaffId, start: formatClock(m.startMinute) })),
          });
          push({
            label: `off today (${staff.initials})`,
            day,
            undo: () =>
              attempt(async () => {
                await call('availability.removeTimeOff', { id: timeOff.id });
                for (const c of moved) {
                  const was = before.find((b) => b.id === c.id) ?? c;
                  await call('contacts.move', { id: c.id, version: c.version, staffId: staff.id, start: formatClock(was.startMinute) });
                }
                for (const a of leftActivities) await call('activities.update', { id: a.id, version: a.version, staffIds: [...a.staffIds, staff.id] });
              }),
          });
          return moved;
        });
      },

      setShiftManager(version: number, staffId: number | null) {
        return attempt(() => call('day.setShiftManager', { day, version, staffId }));
      },

      remove(before: Contact) {
        return attempt(async () => {
          await call('contacts.delete', { id: before.id, version: before.version });
          push({
            label: 'delete',
            day: before.day,
            undo: () =>
              attempt(async () => {
                const { status, ...fields } = restoreFields(before);
                const again = await call('contacts.create', fields);
                if (status !== 'planned') await call('contacts.setStatus', { id: again.id, version: again.version, status });
              }),
          });
        });
      },
    };
  }, [write, showAtOnce, restore, push, undoable, day]);
}
