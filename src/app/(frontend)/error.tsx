'use client'

/** An unexpected error while rendering a page: said in Vietnamese, inside the site's layout. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="error-page">
      <h1>Đã có lỗi xảy ra</h1>
      <p>Trang chưa hiển thị được. Xin thử lại sau ít phút.</p>
      <p>
        <button type="button" onClick={reset}>
          Thử lại
        </button>{' '}
        <a href="/">Về trang chủ</a>
      </p>
    </section>
  )
}
