import { AnnouncementItem } from './_components/AnnouncementItem'
import { ArticleCard } from './_components/ArticleCard'
import { currentAnnouncements, latestArticles } from './_lib/data'

export const revalidate = 300

export default async function HomePage() {
  const [articles, announcements] = await Promise.all([latestArticles(6), currentAnnouncements()])
  return (
    <>
      <section className="hero">
        <h1>Trường THCS Hậu Giang</h1>
        <p>Cổng thông tin của nhà trường: tin tức, thông báo, thời khoá biểu và văn bản.</p>
      </section>
      <div className="home-grid">
        <section aria-labelledby="tin-moi">
          <h2 id="tin-moi">Tin mới</h2>
          <div className="cards">
            {articles.docs.map((article) => (
              <ArticleCard key={article.id} article={article} />
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
            <li>
              <a href="https://moet.gov.vn" rel="noopener">
                Bộ Giáo dục và Đào tạo
              </a>
            </li>
            <li>
              <a href="https://hcm.edu.vn" rel="noopener">
                Sở Giáo dục và Đào tạo TP. Hồ Chí Minh
              </a>
            </li>
          </ul>
        </aside>
      </div>
    </>
  )
}
