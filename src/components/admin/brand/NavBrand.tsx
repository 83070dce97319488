import { Crest } from './Crest'

/** The school's name and crest at the top of the navigation. */
export const NavBrand = () => (
  <a href="/admin" style={{ display: 'flex', alignItems: 'center', gap: 8, textDecoration: 'none', marginBottom: 16 }}>
    <Crest size={36} />
    <strong style={{ color: 'var(--theme-text)', lineHeight: 1.2 }}>Trường THCS Hậu Giang</strong>
  </a>
)
