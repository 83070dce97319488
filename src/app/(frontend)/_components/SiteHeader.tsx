import type { SiteSetting } from '@/payload-types'

import { imageUrl, mediaOf } from '../_lib/format'
import { menuOf } from '../_lib/menu'

/**
 * The header: crest, school name, the menu. Wide screens show the menu as a row; below 768 px a
 * "Menu" button (a native <details>: no script needed) opens it as a list.
 */
export const SiteHeader = ({ settings }: { settings: SiteSetting }) => {
  const crest = mediaOf(settings.crest)
  const items = menuOf(settings)
  const links = (
    <ul>
      {items.map((item) => (
        <li key={item.url}>
          <a href={item.url}>{item.label}</a>
        </li>
      ))}
    </ul>
  )
  return (
    <header className="site-header">
      <div className="container header-bar">
        <a className="brand" href="/">
          {crest ? <img src={imageUrl(crest, 'thumbnail')} alt="" width={44} height={44} /> : null}
          <span>{settings.schoolName}</span>
        </a>
        <a className="search-link" href="/tim-kiem">
          Tìm kiếm
        </a>
        <details className="menu-mobile">
          <summary>Menu</summary>
          <nav aria-label="Điều hướng chính (di động)">{links}</nav>
        </details>
      </div>
      <nav className="menu-desktop" aria-label="Điều hướng chính">
        <div className="container">{links}</div>
      </nav>
    </header>
  )
}
