/**
 * Privacy mode of this seat: clients by alias or initials instead of names, on every
 * screen, and notes hidden (a wall screen) or shown (a desk). Kept per seat, in this
 * browser's storage, because the wall screen and a desk want different things.
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

const PrivacyContext = createContext<PrivacyState>({ ...DEFAULTS, set: () => {} });

/**
 * `forceHideNames`: for the lock screen (issue 5) to turn privacy on while the seat is locked.
 */
export function PrivacyProvider({ children, forceHideNames = false }: { children: ReactNode; forceHideNames?: boolean }) {
  const [settings, setSettings] = useState<PrivacySettings>(load);
  const set = useCallback((change: Partial<PrivacySettings>) => {
    setSettings((s) => {
      const next = { ...s, ...change };
      try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage refused (private window): the setting lasts until the page reloads.
      }
      return next;
    });
  }, []);
  const value = useMemo(() => ({ ...settings, hideNames: settings.hideNames || forceHideNames, set }), [settings, forceHideNames, set]);
  return <PrivacyContext.Provider value={value}>{children}</PrivacyContext.Provider>;
}

export const usePrivacy = () => useContext(PrivacyContext);

type Named = Pick<Client, 'id' | 'name' | 'preferredName'>;

/** How this seat names a client: the preferred name, or in privacy mode the alias or initials. */
export function useDisplayName(): (client: Named | undefined, fallback?: string) => string {
  const { hideNames } = usePrivacy();
  const profiles = useQuery({
    queryKey: ['profiles'],
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
  const { hideNames, hideNotes, set } = usePrivacy();
  return (
    <div className="privacy-toggle" role="group" aria-label="Privacy on this screen">
      <label className="privacy-switch">
        <input type="checkbox" checked={hideNames} onChange={(e) => set({ hideNames: e.target.checked })} />
        <span>Hide names</span>
      </label>
      <label className="privacy-switch">
        <input type="checkbox" checked={hideNotes} onChange={(e) => set({ hideNotes: e.target.checked })} />
        <span>Hide notes</span>
      </label>
    </div>
  );
}
