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
