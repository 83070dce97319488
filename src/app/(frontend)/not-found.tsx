import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false } }

/** The site's 404, inside its layout, in Vietnamese. */
export default function NotFound() {
  return (
    <section className="error-page">
      <h1>Không tìm thấy trang</h1>
      <p>Trang bạn tìm không có hoặc đã được chuyển đi.</p>
      <ul>
        <li>
          <a href="/">Về trang chủ</a>
        </li>
        <li>
          <a href="/tim-kiem">Tìm kiếm trên website</a>
        </li>
      </ul>
    </section>
  )
}
