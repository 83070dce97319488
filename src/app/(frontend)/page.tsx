import { AnnouncementItem } from './_components/AnnouncementItem'
import { ArticleCard } from './_components/ArticleCard'
import { LinkItems } from './_components/LinkItems'
import { currentAnnouncements, latestArticles, siteSettings } from './_lib/data'

export const revalidate = 300

export default async function HomePage() {
  const [articles, announcements, settings] = await Promise.all([
    latestArticles(6),
    currentAnnouncements(),
    siteSettings(),
  ])
  return (
    <>
      <section className="hero">
        <h1>{settings.schoolName}</h1>
        {settings.tagline ? <p>{settings.tagline}</p> : null}
      </section>
      <div className="home-grid">
        <section aria-labelledby="tin-moi">
          <h2 id="tin-moi">Tin mới</h2>
          <div className="cards">
            {articles.docs.map((article, i) => (
              <ArticleCard key={article.id} article={article} eager={i < 2} />
            ))}
          </div>
          <p>
            <a href="/tin-tuc">Xem tất cả tin tức</a>
          </p>
        </section>
        <aside aria-labelledby="thong-bao">
          <h2 id="thong-bao">Thông báo</h2>
          {announcements.docs.length === 0 ? (
            <p>Hiện chưa có thông báo.</p>
          ) : (
            <ul className="announcements">
              {announcements.docs.slice(0, 6).map((item) => (
                <AnnouncementItem key={item.id} item={item} />
              ))}
            </ul>
          )}
          <p>
            <a href="/thong-bao">Tất cả thông báo</a>
          </p>
          <h2 id="lien-ket">Liên kết</h2>
          <ul className="links" aria-labelledby="lien-ket">
            <LinkItems links={settings.authorityLinks} />
          </ul>
        </aside>
      </div>
    </>
  )
}
