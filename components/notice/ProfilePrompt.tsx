import type { ComponentChildren } from 'preact';

export interface ProfileLinkTarget {
  /** The options page, where the profile is created and edited. */
  optionsUrl: string;
  /**
   * Opens the options page instead of following the link. A page cannot navigate to an
   * extension URL that is not web-accessible, so the in-page card needs the background's help.
   */
  onOpenOptions?: () => void;
}

/** A link to the options page; opens in a new tab. */
export function ProfileLink({
  optionsUrl,
  onOpenOptions,
  class: className,
  children,
}: ProfileLinkTarget & { class?: string; children: ComponentChildren }) {
  return (
    <a
      class={className}
      href={optionsUrl}
      target="_blank"
      rel="noopener noreferrer"
      onClick={
        onOpenOptions
          ? (event: MouseEvent) => {
              event.preventDefault();
              onOpenOptions();
            }
          : undefined
      }
    >
      {children}
    </a>
  );
}

/** Shown instead of a verdict until the candidate has a profile. */
export function ProfilePrompt(target: ProfileLinkTarget) {
  return (
    <div class="vl-cta">
      <p class="vl-cta__text">
        Vacancy Lens compares the notice with your profile (nationality, diplomas, experience, languages). The
        profile stays on your computer.
      </p>
      <ProfileLink {...target} class="vl-button vl-button--primary">
        Create your profile to see whether you can apply
      </ProfileLink>
    </div>
  );
}
