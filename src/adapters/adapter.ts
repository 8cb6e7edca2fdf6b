/**
 * What the composition root (src/main.ts) needs of every platform adapter.
 * An adapter turns platform events into questions for the EvidenceService, acknowledges within the
 * platform's deadline, renders the Answer in its own format and sends it.
 */
export interface AdapterHealth {
  connected: boolean;
  detail?: string;
}

export interface RunningAdapter {
  readonly name: 'console' | 'slack' | 'discord';
  /** Stop taking new questions, wait (bounded) for those in flight, close connections. */
  stop(): Promise<void>;
  health(): AdapterHealth;
}

/** Which corpus is being answered from: its content hash and when it was loaded (the App Home shows both). */
export interface CorpusVersion {
  contentHash: string;
  loadedAt: Date;
}

/** The current corpus version, and a signal when a reload swaps in a new corpus. */
export interface CorpusVersionSource {
  current(): CorpusVersion;
  /** Calls `listener` after each swap to a new corpus. */
  onChange(listener: () => void): void;
}
