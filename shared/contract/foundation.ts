/** The board, contacts, staff, clients and team settings. */
import type { BoardDay, Client, Contact, Staff, TeamSettings } from '../domain';
import * as s from '../schemas';
import { method } from './define';

export const foundationMethods = {
  'board.get': method<BoardDay>()(s.boardGetInput),
  'contacts.create': method<Contact>()(s.contactCreateInput),
  'contacts.update': method<Contact>()(s.contactUpdateInput),
  'contacts.move': method<Contact>()(s.contactMoveInput),
  'contacts.setStatus': method<Contact>()(s.contactSetStatusInput),
  'contacts.delete': method<{ id: number }>()(s.contactDeleteInput),
  'staff.list': method<Staff[]>()(s.emptyInput),
  'staff.create': method<Staff>()(s.staffCreateInput),
  'staff.update': method<Staff>()(s.staffUpdateInput),
  'clients.list': method<Client[]>()(s.emptyInput),
  'clients.create': method<Client>()(s.clientCreateInput),
  'clients.update': method<Client>()(s.clientUpdateInput),
  'settings.get': method<TeamSettings>()(s.emptyInput),
  'settings.update': method<TeamSettings>()(s.settingsUpdateInput),
};
