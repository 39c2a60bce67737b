import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../domain/index.ts';
import { KeyedStore, ValueStore } from './cell-store.ts';
import { worstSeverity } from './grid-cells.tsx';
import { describeIds, fieldName } from './grid-fields.ts';

describe('fieldName', () => {
  it('keeps react-hook-form field names flat (no dots, which it would read as nested paths)', () => {
    expect(fieldName('requests.results.denied.stateSecret.naturalPerson')).toBe(
      'requests__results__denied__stateSecret__naturalPerson',
    );
    expect(fieldName('active.fees.amount')).not.toContain('.');
  });

  it('gives each cell of a grid its own description ids', () => {
    expect(describeIds('g1', 'requests.newReceived.total')).toEqual({
      findings: 'g1-f-requests.newReceived.total',
      error: 'g1-e-requests.newReceived.total',
    });
  });
});

describe('worstSeverity', () => {
  const f = (severity: Finding['severity']): Finding => ({
    rule: 'r',
    severity,
    message: 'm',
    cells: [],
    area: 'requests',
  });
  it.each([
    [[], undefined],
    [[f('info')], 'info'],
    [[f('info'), f('warning')], 'warning'],
    [[f('warning'), f('error'), f('info')], 'error'],
  ] as const)('%j → %s', (findings, worst) => {
    expect(worstSeverity(findings)).toBe(worst);
  });
});

describe('KeyedStore', () => {
  it('notifies only the listeners of the cell that changed, and only on a change', () => {
    const store = new KeyedStore<number | null>();
    const a = vi.fn();
    const b = vi.fn();
    store.subscribe('a', a);
    store.subscribe('b', b);
    store.set('a', 1);
    store.set('a', 1);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).not.toHaveBeenCalled();
    store.set('a', null); // null is a value (an empty total), not "no live value"
    expect(store.get('a')).toBeNull();
    expect(a).toHaveBeenCalledTimes(2);
    store.set('b', undefined); // nothing to clear
    expect(b).not.toHaveBeenCalled();
    store.clear();
    expect(store.get('a')).toBeUndefined();
    expect(a).toHaveBeenCalledTimes(3);
  });

  it('stops notifying after unsubscribe', () => {
    const store = new KeyedStore<number>();
    const a = vi.fn();
    const off = store.subscribe('a', a);
    off();
    store.set('a', 1);
    expect(a).not.toHaveBeenCalled();
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
