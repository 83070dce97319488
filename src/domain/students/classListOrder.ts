/** One collator for every comparison: `localeCompare(…, 'vi')` resolves the locale on each call. */
const vietnamese = new Intl.Collator('vi')

/** A Vietnamese full name's given name: its last word ("Nguyễn Văn An" → "An"). */
const givenName = (fullName: string) => fullName.slice(fullName.lastIndexOf(' ') + 1)

/**
 * The order of a class list, as Vietnamese schools keep it: by given name (the last word), then by
 * the whole name, in Vietnamese alphabetical order; ties keep their order. Each name is split once.
 */
export const inClassListOrder = <T>(items: readonly T[], fullNameOf: (item: T) => string): T[] =>
  items
    .map((item) => ({ item, fullName: fullNameOf(item), given: givenName(fullNameOf(item)) }))
    .sort((a, b) => vietnamese.compare(a.given, b.given) || vietnamese.compare(a.fullName, b.fullName))
    .map(({ item }) => item)
