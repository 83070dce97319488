/** A label in the admin's two languages, Vietnamese first. */
export const label = (vi: string, en: string) => ({ vi, en })
