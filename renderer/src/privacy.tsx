/**
 * Privacy mode of this seat: clients by alias or initials instead of names, on every
 * screen, and notes hidden (a wall screen) or shown (a desk). Kept per seat, in this
 * browser's storage, because the wall screen and a desk want different things.
 * A locked seat may turn privacy on but not off; when the team shows initials while
 * locked, both are on (and the host sends nothing else anyway).
 */
import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Client } from '../../shared/domain';
import { initialsOf } from '../../shared/rules/meeting';
import { call } from './api';

export interface PrivacySettings {
  /** Aliases or initials instead of names. */
  hideNames: boolean;
  /** Contact notes and event texts hidden. */
  hideNotes: boolean;
}

interface PrivacyState extends PrivacySettings {
  set(change: Partial<PrivacySettings>): void;
  /** The seat is locked: a switch that is on stays on. */
  locked: boolean;
}

const STORAGE_KEY = 'act-board.privacy';
const DEFAULTS: PrivacySettings = { hideNames: false, hideNotes: false };

function load(): PrivacySettings {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? { ...DEFAULTS, ...(JSON.parse(raw) as Partial<PrivacySettings>) } : DEFAULTS;
  } catch {
    return DEFAULTS;
  }
}

const PrivacyContext = createContext<PrivacyState>({ ...DEFAULTS, set: () => {}, locked: false });

/**
 * `locked`: the seat is locked, so its switches can only be turned on.
 * `forced`: names and notes hidden whatever the switches say (locked, initials while locked).
 */
export function PrivacyProvider({ children, locked = false, forced = false }: { children: ReactNode; locked?: boolean; forced?: boolean }) {
  const [settings, setSettings] = useState<PrivacySettings>(load);
  const set = useCallback((change: Partial<PrivacySettings>) => {
    setSettings((s) => {
      const next = locked ? { hideNames: s.hideNames || !!change.hideNames, hideNotes: s.hideNotes || !!change.hideNotes } : { ...s, ...change };
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private window): the setting lasts until the page reloads.
      }
      return next;
    });
  }, [locked]);
  const value = useMemo(
    () => ({ hideNames: settings.hideNames || forced, hideNotes: settings.hideNotes || forced, set, locked }),
    [settings, forced, set, locked],
  );
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

export const usePrivacy = () => useContext(PrivacyContext);

type Named = Pick<Client, 'id' | 'name' | 'preferredName'>;

/** The clients' aliases and goals (`clients.profiles`), as cached. */
export const profilesKey = ['profiles'] as const;

/** How this seat names a client: the preferred name, or in privacy mode the alias or initials. */
export function useDisplayName(): (client: Named | undefined, fallback?: string) => string {
  const { hideNames } = usePrivacy();
  const profiles = useQuery({
    queryKey: profilesKey,
    queryFn: () => call('clients.profiles', {}),
    enabled: hideNames,
  });
  const aliases = useMemo(
    () => new Map((profiles.data ?? []).filter((p) => p.alias).map((p) => [p.clientId, p.alias as string])),
    [profiles.data],
  );
  return useCallback(
    (client, fallback = 'Client') => {
      if (!client) return fallback;
      if (!hideNames) return client.preferredName;
      return aliases.get(client.id) ?? initialsOf(client.name);
    },
    [hideNames, aliases],
  );
}

/** The seat's privacy switches, for the top bar. */
export function PrivacyToggle() {
  const { hideNames, hideNotes, set, locked } = usePrivacy();
  const why = locked ? 'Unlock to show them again' : undefined;
  return (
    <div className="privacy-toggle" role="group" aria-label="Privacy on this screen">
      <label className="privacy-switch" title={locked && hideNames ? why : undefined}>
        <input type="checkbox" checked={hideNames} disabled={locked && hideNames} onChange={(e) => set({ hideNames: e.target.checked })} />
        <span>Hide names</span>
      </label>
      <label className="privacy-switch" title={locked && hideNotes ? why : undefined}>
        <input type="checkbox" checked={hideNotes} disabled={locked && hideNotes} onChange={(e) => set({ hideNotes: e.target.checked })} />
        <span>Hide notes</span>
      </label>
    </div>
  );
}
