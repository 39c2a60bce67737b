import { describe, expect, it } from 'vitest';
import { getTemplate } from '../templates/index.ts';
import { moveFrom, tableGrid, type GridMove } from './grid-positions.ts';

const t2021 = getTemplate('2021').tables;
const t2019 = getTemplate('2019').tables;
const R = 'requests';
const D = 'requests.results.denied';

describe('tableGrid', () => {
  it('places every value cell of table 三 on the printed grid: 7 columns after the 3 label columns', () => {
    const grid = tableGrid(t2021.requests);
    expect(grid.placements.size).toBe(25 * 7);
    expect(grid.placements.get(`${R}.newReceived.naturalPerson`)).toMatchObject({
      row: 3,
      column: 3,
      rowSpan: 1,
      colSpan: 1,
    });
    expect(grid.placements.get(`${R}.newReceived.total`)).toMatchObject({ row: 3, column: 9 });
    expect(grid.placements.get(`${R}.carriedForward.other`)).toMatchObject({ row: 27, column: 8 });
    // 6 entered columns × 24 entered rows (（七）总计 is derived)
    expect(grid.entered).toHaveLength(6 * 24);
    expect(grid.entered[0]).toBe(`${R}.newReceived.naturalPerson`);
    expect(grid.entered.at(-1)).toBe(`${R}.carriedForward.other`);
  });

  it('is computed once per template', () => {
    expect(tableGrid(t2021.requests)).toBe(tableGrid(t2021.requests));
  });

  it('places the merged 收费金额 cell of table 二 on its anchor with its span', () => {
    expect(tableGrid(t2021.active).placements.get('active.fees.amount')).toMatchObject({
      column: 1,
      colSpan: 3,
    });
  });
});

describe('moveFrom: spreadsheet moves over the visual grid, skipping labels, headers and derived totals', () => {
  it.each<readonly [string, GridMove, string | null]>([
    // table 三 (2021)
    [`${R}.newReceived.naturalPerson`, 'right', `${R}.newReceived.commercial`],
    [`${R}.newReceived.naturalPerson`, 'left', null],
    [`${R}.newReceived.naturalPerson`, 'up', null],
    [`${R}.newReceived.naturalPerson`, 'down', `${R}.carriedOver.naturalPerson`],
    [`${R}.newReceived.other`, 'right', null], // 总计 is derived
    [`${R}.newReceived.other`, 'next', `${R}.carriedOver.naturalPerson`], // Tab wraps
    [`${R}.carriedOver.naturalPerson`, 'previous', `${R}.newReceived.other`],
    [`${R}.newReceived.naturalPerson`, 'previous', null],
    [`${R}.carriedForward.other`, 'next', null],
    [`${R}.carriedOver.research`, 'down', `${R}.results.granted.research`], // across the 三、 row group
    [`${D}.inquiryMatters.commercial`, 'down', `${R}.results.unavailable.notHeld.commercial`],
    [`${R}.results.otherHandling.other.naturalPerson`, 'down', `${R}.carriedForward.naturalPerson`], // skips （七）总计
    [`${R}.carriedForward.naturalPerson`, 'up', `${R}.results.otherHandling.other.naturalPerson`],
    [`${R}.carriedForward.naturalPerson`, 'down', null],
    [`${D}.thirdPartyRights.legalServices`, 'rowStart', `${D}.thirdPartyRights.naturalPerson`],
    [`${D}.thirdPartyRights.legalServices`, 'rowEnd', `${D}.thirdPartyRights.other`],
    [`${D}.thirdPartyRights.naturalPerson`, 'rowStart', `${D}.thirdPartyRights.naturalPerson`],
    [`${D}.thirdPartyRights.other`, 'rowEnd', `${D}.thirdPartyRights.other`],
    [`${D}.thirdPartyRights.research`, 'first', `${R}.newReceived.naturalPerson`],
    [`${D}.thirdPartyRights.research`, 'last', `${R}.carriedForward.other`],
    // from a derived cell (focused from a finding): to the nearest entered cell
    [`${R}.results.total.research`, 'down', `${R}.carriedForward.research`],
    [`${R}.results.total.research`, 'up', `${R}.results.otherHandling.other.research`],
    [`${R}.newReceived.total`, 'left', `${R}.newReceived.other`],
    [`${R}.newReceived.total`, 'next', `${R}.carriedOver.naturalPerson`],
    [`${R}.newReceived.total`, 'previous', `${R}.newReceived.other`],
    [`${R}.results.total.total`, 'rowStart', null],
    ['no.such.cell', 'down', null],
  ])('%s %s → %s', (from, move, to) => {
    expect(moveFrom(t2021.requests, from, move)).toBe(to);
  });

  it.each<readonly [string, GridMove, string | null]>([
    // table 二 (2021): blocks with title and header rows between them, a merged money cell
    ['active.regulations.issued', 'down', 'active.normativeDocuments.issued'],
    ['active.normativeDocuments.issued', 'down', 'active.licensing.decisions'],
    ['active.normativeDocuments.inForce', 'down', 'active.licensing.decisions'], // lands in the merged cell
    ['active.licensing.decisions', 'right', null],
    ['active.coercion.decisions', 'down', 'active.fees.amount'],
    ['active.fees.amount', 'up', 'active.coercion.decisions'],
    ['active.regulations.inForce', 'next', 'active.normativeDocuments.issued'],
    ['active.fees.amount', 'next', null],
  ])('table 二: %s %s → %s', (from, move, to) => {
    expect(moveFrom(t2021.active, from, move)).toBe(to);
  });

  it.each<readonly [string, GridMove, string | null]>([
    ['reviews.reconsideration.pending', 'right', 'reviews.litigationDirect.upheld'], // over the derived 总计
    ['reviews.litigationDirect.upheld', 'left', 'reviews.reconsideration.pending'],
    ['reviews.reconsideration.upheld', 'down', null],
    [
      'reviews.litigationAfterReconsideration.pending',
      'rowEnd',
      'reviews.litigationAfterReconsideration.pending',
    ],
  ])('table 四: %s %s → %s', (from, move, to) => {
    expect(moveFrom(t2021.reviews, from, move)).toBe(to);
  });

  it('moves through the one-row （六）其他处理 of the 2019 format', () => {
    expect(
      moveFrom(t2019.requests, `${R}.results.notProcessed.confirmation.naturalPerson`, 'down'),
    ).toBe(`${R}.results.otherHandling.naturalPerson`);
    expect(moveFrom(t2019.requests, `${R}.results.otherHandling.naturalPerson`, 'down')).toBe(
      `${R}.carriedForward.naturalPerson`,
    );
  });

  it('visits every entered cell exactly once by Tab from the first', () => {
    for (const table of [
      t2021.active,
      t2021.requests,
      t2021.reviews,
      t2019.active,
      t2019.requests,
    ]) {
      const seen: string[] = [];
      for (
        let id = moveFrom(table, table.cells[0]!.id, 'first');
        id;
        id = moveFrom(table, id, 'next')
      )
        seen.push(id);
      expect(seen).toEqual(table.cells.filter((c) => !c.sumOf).map((c) => c.id));
    }
  });
});
