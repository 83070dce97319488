/** Links to other sites (authorities, social pages) as list items; the caller owns the list. */
export const LinkItems = ({ links }: { links?: { label: string; url: string }[] | null }) =>
  (links ?? []).map((l) => (
    <li key={l.url}>
      <a href={l.url} rel="noopener">
        {l.label}
      </a>
    </li>
  ))
