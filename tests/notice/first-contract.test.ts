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

describe('first contract under a label', () => {
  it('reads a label without its colon on a line the copy ran on, and a Dutch label', () => {
    expect(
      years(
        'Type of contract Temporary Agent\nDuration of contract 2 years (with the possibility of extension) Minimum basic salary 5.669,29 EUR plus benefits and allowances of the staff',
      ),
    ).toBe(2);
    expect(years('Looptijd:\n\nVijf jaar, met de mogelijkheid om eenmalig te verlengen')).toBe(5);
  });

  it('reads the category when a footnote number is glued to it', () => {
    expect(
      analyseNotice('Type of contract: Temporary Agent1\nGrade: AD 12', { force: true }).notice
        ?.staffCategory,
    ).toBe('temporary_agent');
  });
});

describe('first contract: "The term of this contract will be N years"', () => {
  it('reads the length', () => {
    expect(
      analyseNotice(
        'Credit Risk Officer\nThis is a full time position.\nThe term of this contract will be 4 years.',
        {
          force: true,
        },
      ).notice!.firstContractYears,
    ).toBe(4);
  });
});

describe('first contract: "Duración inicial del contrato" in a flattened table', () => {
  it('reads the length under the label', () => {
    expect(
      analyseNotice(
        'Tipo de contrato |\nAgente temporal 2(a) |\nDuración inicial del contrato |\n5 años |\nLugar de destino |',
        {
          force: true,
        },
      ).notice!.firstContractYears,
    ).toBe(5);
  });
});

describe('first contract: the unit in the label (blind round 19)', () => {
  it('reads "Contract duration (Y): 5"', () => {
    const n = analyseNotice(
      'Type of contract: Contract Agent\nContract duration (Y): 4\nPossibility of renewal: yes',
      {
        force: true,
      },
    ).notice!;
    expect(n.firstContractYears).toBe(4);
  });
});
