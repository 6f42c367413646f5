/** People type "agency.ca"; a link needs a scheme, and only web links may leave the app. */
export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}
