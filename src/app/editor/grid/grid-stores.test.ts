import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../domain/index.ts';
import { ValueStore } from './cell-store.ts';
import { worstSeverity } from './grid-cells.tsx';
import { describeIds } from './grid-fields.ts';
import { sampleFinding } from '../../../domain/test-support/note-text.ts';

describe('describeIds', () => {
  it('gives each cell of a grid its own description ids', () => {
    expect(describeIds('g1', 'requests.newReceived.total')).toEqual({
      findings: 'g1-f-requests.newReceived.total',
      error: 'g1-e-requests.newReceived.total',
    });
  });
});

describe('worstSeverity', () => {
  const f = (severity: Finding['severity']): Finding => sampleFinding(severity, 'requests');
  it.each([
    [[], undefined],
    [[f('info')], 'info'],
    [[f('info'), f('warning')], 'warning'],
    [[f('warning'), f('error'), f('info')], 'error'],
  ] as const)('%j → %s', (findings, worst) => {
    expect(worstSeverity(findings)).toBe(worst);
  });
});

describe('ValueStore', () => {
  it('notifies on a new value only', () => {
    const store = new ValueStore<string | null>(null);
    const l = vi.fn();
    store.subscribe(l);
    store.set('x');
    store.set('x');
    expect(l).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe('x');
  });
});
