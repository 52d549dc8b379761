/** The first contract's length: short texts of our own. */
import { describe, expect, it } from 'vitest';
import { analyseNotice } from '../../lib/notice';

const years = (text: string) => analyseNotice(text, { force: true }).notice?.firstContractYears ?? null;

describe('first contract', () => {
  it('reads the contract offered', () => {
    expect(
      years('Contract agent, function group III. The contract is for a period of 4 years, renewable.'),
    ).toBe(4);
  });

  it("does not take a candidate's service so far for the contract offered", () => {
    const rules = [
      'Contract agent, function group III, in the EU Delegation.',
      '• Candidates who are already working as contract agents in the same Delegation for 7 years or more are encouraged to apply.',
      '• Staff who have been employed on a contract for at least 2 years may ask for mobility.',
    ];
    expect(years(rules.join('\n'))).toBeNull();
    expect(years([...rules, 'The first contract will be for 3 years.'].join('\n'))).toBe(3);
  });
});
