import type { SiteSetting } from '@/payload-types'

import { ContactLines } from './ContactLines'
import { LinkItems } from './LinkItems'

/** The footer as Vietnamese school sites have it: contacts, who answers for the content, links. */
export const SiteFooter = ({ settings }: { settings: SiteSetting }) => (
  <footer className="site-footer">
    <div className="container footer-grid">
      <section aria-labelledby="chan-trang-lien-he">
        <h2 id="chan-trang-lien-he">{settings.schoolName}</h2>
        <address>
          <ContactLines settings={settings} mapLabel="Xem bản đồ" />
        </address>
        {settings.responsible?.name ? (
          <p>
            Chịu trách nhiệm nội dung: {settings.responsible.name}
            {settings.responsible.title ? `, ${settings.responsible.title}` : ''}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="chan-trang-lien-ket">
        <h2 id="chan-trang-lien-ket">Liên kết</h2>
        <ul>
          <LinkItems links={settings.authorityLinks} />
          <LinkItems links={settings.socialLinks} />
        </ul>
      </section>
      <section aria-labelledby="chan-trang-truong">
        <h2 id="chan-trang-truong">Nhà trường</h2>
        <ul>
          <li>
            <a href="/cong-khai">Công khai theo Thông tư 09/2024</a>
          </li>
          <li>
            <a href="/van-ban">Văn bản</a>
          </li>
          <li>
            <a href="/rss.xml">RSS tin tức</a>
          </li>
          <li>
            <a href="/admin">Đăng nhập cán bộ</a>
          </li>
        </ul>
      </section>
    </div>
  </footer>
)
