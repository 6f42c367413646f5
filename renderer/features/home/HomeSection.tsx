import { useId, type ReactNode, type Ref } from 'react';

export interface HomeSectionProps {
  title: string;
  /** How many entries need attention, said beside the title; omitted while loading. */
  count?: number | undefined;
  /** What the section lists, or its empty state. */
  children: ReactNode;
  /** A link to the screen where all of it is, under the list. */
  more?: ReactNode;
  /** Where focus goes when the last entry acted on leaves the list. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** One part of the dashboard: a heading, what needs doing, and where to see the rest. */
export function HomeSection({ title, count, children, more, headingRef }: HomeSectionProps) {
  const headingId = useId();
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2
        id={headingId}
        ref={headingRef}
        tabIndex={headingRef ? -1 : undefined}
        className="home-section__title"
      >
        {title}
        {count !== undefined && count > 0 && (
          <span className="home-section__count"> ({count})</span>
        )}
      </h2>
      {children}
      {more && <p className="home-section__more">{more}</p>}
    </section>
  );
}
