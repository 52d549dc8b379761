/**
 * Eligibility: the education the post requires, with its alternatives ("post-secondary, or
 * secondary + 3 years' experience"). Only diplomas issued or recognised by an EU member
 * state and held by the closing date count.
 */
import type { Diploma, Profile } from '../../profile/schema';
import { DAYS_PER_YEAR, dayNumber, formatDate, formatYears, meetsYears, yearOf } from '../dates';
import { criterion, FILL_IN_PROFILE } from '../criterion';
import { measureExperience } from '../experience-years';
import {
  describeDiploma,
  educationRank,
  HELD_EDUCATION_WORDING,
  REQUIRED_EDUCATION_WORDING,
} from '../levels';
import { requiredEducation, type EducationRequirement } from '../minimum-education';
import type { Criterion, EducationPath, QualifyingDiploma, RuleContext } from '../types';
import { sentences } from '../wording';

export interface EducationOutcome {
  criterion: Criterion;
  /** The diploma experience is counted from; null when none qualifies or it can't be told. */
  qualifying: QualifyingDiploma | null;
}

export function checkEducation(ctx: RuleContext): EducationOutcome {
  const lookup = requiredEducation(ctx.notice);
  if ('unknownReason' in lookup) {
    return unknown(sentences(lookup.unknownReason, "Check the notice's eligibility conditions."), null);
  }
  const requirement = lookup.requirement;
  const need = `You need ${describeRequirement(requirement.paths)}.`;
  const intro = sentences(requirement.fallbackReason ?? '', need);
  if (!ctx.profile) return unknown(sentences(intro, FILL_IN_PROFILE), requirement);
  if (ctx.profile.diplomas.length === 0) {
    return unknown(
      sentences(
        intro,
        'Add your diplomas to your profile (level, date awarded, and whether it is recognised in the EU).',
      ),
      requirement,
    );
  }
  return judge(ctx, ctx.profile, requirement, intro);
}

function judge(
  ctx: RuleContext,
  profile: Profile,
  requirement: EducationRequirement,
  intro: string,
): EducationOutcome {
  const usable = usableDiplomas(profile.diplomas, ctx.judgedOn);
  const qualifying = bestQualifyingDiploma(requirement.paths, usable, profile, ctx.judgedOn);
  const excluded = describeExcluded(profile.diplomas, ctx.judgedOn);
  const field = requirement.evidenceField;

  if (!qualifying) {
    const shortfall = describeShortfall(requirement.paths, usable, profile, ctx.judgedOn);
    return {
      criterion: criterion(
        'education',
        'eligibility',
        'not_met',
        sentences(intro, shortfall, excluded),
        field,
      ),
      qualifying: null,
    };
  }
  const meets = `${describeHeld(qualifying)} meets it.`;
  if (
    requirement.stricter &&
    !bestQualifyingDiploma(requirement.stricter.paths, usable, profile, ctx.judgedOn)
  ) {
    return {
      criterion: criterion(
        'education',
        'eligibility',
        'attention',
        sentences(intro, meets, requirement.stricter.reason, excluded),
        field,
      ),
      qualifying,
    };
  }
  return {
    criterion: criterion('education', 'eligibility', 'met', sentences(intro, meets, excluded), field),
    qualifying,
  };
}

function unknown(message: string, requirement: EducationRequirement | null): EducationOutcome {
  return {
    criterion: criterion(
      'education',
      'eligibility',
      'unknown',
      message,
      requirement?.evidenceField ?? 'education',
    ),
    qualifying: null,
  };
}

/** Diplomas that count: recognised in the EU and awarded by the day eligibility is judged on. */
function usableDiplomas(diplomas: Diploma[], judgedOn: string): Diploma[] {
  return diplomas
    .filter((diploma) => diploma.recognisedInEU && diploma.awarded <= judgedOn)
    .sort((a, b) => a.awarded.localeCompare(b.awarded));
}

/**
 * Of the paths the candidate meets, the one that leaves the most experience for the
 * selection criteria: experience counts from the qualifying diploma, and the years an
 * alternative uses up ("+ 3 years") are not counted again.
 */
export function bestQualifyingDiploma(
  paths: EducationPath[],
  usable: Diploma[],
  profile: Profile,
  judgedOn: string,
): QualifyingDiploma | null {
  let best: { qualifying: QualifyingDiploma; remainingDays: number } | null = null;
  for (const path of paths) {
    // The earliest diploma at the level or above: experience after it is the longest.
    const diploma = usable.find((candidate) => educationRank(candidate.level) >= educationRank(path.level));
    if (!diploma) continue;
    const doctorateAwarded = laterDoctorate(diploma, usable);
    const days = experienceDaysAfter(diploma, doctorateAwarded, profile, judgedOn);
    if (!meetsYears(days, path.plusExperienceYears)) continue;
    const remainingDays = days - Math.floor(path.plusExperienceYears * DAYS_PER_YEAR);
    if (!best || remainingDays > best.remainingDays) {
      best = {
        qualifying: { diploma, path, consumedYears: path.plusExperienceYears, doctorateAwarded },
        remainingDays,
      };
    }
  }
  return best?.qualifying ?? null;
}

/** A recognised doctorate completed after the qualifying diploma counts as experience. */
function laterDoctorate(qualifying: Diploma, usable: Diploma[]): string | null {
  const doctorate = usable.find(
    (diploma) =>
      diploma !== qualifying && diploma.level === 'doctorate' && diploma.awarded > qualifying.awarded,
  );
  return doctorate?.awarded ?? null;
}

function experienceDaysAfter(
  diploma: Diploma,
  doctorateAwarded: string | null,
  profile: Profile,
  judgedOn: string,
): number {
  return measureExperience(profile.experience, { after: diploma.awarded, until: judgedOn, doctorateAwarded })
    .days;
}

/** "a post-secondary diploma, or a secondary diploma … + 3 years' experience after it". */
export function describeRequirement(paths: EducationPath[]): string {
  return paths
    .map((path) =>
      path.plusExperienceYears > 0
        ? `${REQUIRED_EDUCATION_WORDING[path.level]} + ${yearsWording(path.plusExperienceYears)} experience after it`
        : REQUIRED_EDUCATION_WORDING[path.level],
    )
    .join(', or ');
}

function yearsWording(years: number): string {
  return years === 1 ? "1 year's" : `${years} years'`;
}

function describeHeld(qualifying: QualifyingDiploma): string {
  const held = `Your ${describeDiploma(qualifying.diploma)}`;
  return qualifying.path.plusExperienceYears > 0
    ? `${held}, with the ${yearsWording(qualifying.path.plusExperienceYears)} experience after it,`
    : held;
}

/**
 * "your highest recognised diploma is secondary (2015) and you have 2.4 years after it":
 * the experience is reported against the easiest alternative that still needs experience.
 */
function describeShortfall(
  paths: EducationPath[],
  usable: Diploma[],
  profile: Profile,
  judgedOn: string,
): string {
  if (usable.length === 0) return 'None of your diplomas counts yet.';
  const highest = usable.reduce((top, d) => (educationRank(d.level) >= educationRank(top.level) ? d : top));
  const base = `Your highest recognised diploma is ${HELD_EDUCATION_WORDING[highest.level]} (${yearOf(highest.awarded)})`;
  const withExperience = paths.find(
    (path) => path.plusExperienceYears > 0 && educationRank(highest.level) >= educationRank(path.level),
  );
  if (!withExperience) return `${base}.`;
  const diploma = usable.find((d) => educationRank(d.level) >= educationRank(withExperience.level))!;
  const days = experienceDaysAfter(diploma, laterDoctorate(diploma, usable), profile, judgedOn);
  const after = diploma === highest ? 'it' : `your ${describeDiploma(diploma)}`;
  return `${base} and you have ${formatYears(days, true)} of counted experience after ${after}.`;
}

/** Says which diplomas were left out and why, so a missing tick is easy to spot. */
function describeExcluded(diplomas: Diploma[], judgedOn: string): string {
  const notes = diplomas.flatMap((diploma) => {
    if (!diploma.recognisedInEU) {
      return [`your ${describeDiploma(diploma)} isn't marked as issued or recognised by an EU member state`];
    }
    if (dayNumber(diploma.awarded) > dayNumber(judgedOn)) {
      return [
        `your ${describeDiploma(diploma)} is dated ${formatDate(diploma.awarded)}, after ${formatDate(judgedOn)}`,
      ];
    }
    return [];
  });
  return notes.length > 0 ? `Not counted: ${notes.join('; ')}.` : '';
}
