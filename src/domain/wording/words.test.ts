import { describe, expect, it } from 'vitest';
import { summarizeFindings } from '../rules/index.ts';
import { countWord, FORMAT_WORDS, SEVERITY_WORDS, TABLE_WORDS } from './words.ts';
import { sampleFinding } from '../test-support/note-text.ts';

describe('wording', () => {
  it('has one word per severity, distinct', () => {
    const words = Object.values(SEVERITY_WORDS);
    expect(words).toEqual(['错误', '待核实', '提示']);
    expect(new Set(words).size).toBe(words.length);
  });

  it('counts read as "错误 3 项"', () => {
    expect(countWord('error', 3)).toBe('错误 3 项');
    expect(countWord('warning', 0)).toBe('待核实 0 项');
  });

  it('names the formats by their circulars and the tables by their numbers', () => {
    expect(FORMAT_WORDS['2021']).toContain('国办公开办函〔2021〕30号');
    expect(FORMAT_WORDS['2019']).toContain('国办公开办函〔2019〕60号');
    expect(TABLE_WORDS.requests.startsWith('表三')).toBe(true);
  });

  it('is the vocabulary the status line uses', () => {
    const summary = summarizeFindings([sampleFinding('warning')]);
    expect(summary.status).toBe(countWord('warning', 1));
  });
});
