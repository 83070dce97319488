export default function HomePage() {
  return (
    <>
      <section className="hero">
        <h1>Trường THCS Hậu Giang</h1>
        <p>Cổng thông tin của nhà trường: tin tức, thông báo, thời khoá biểu và văn bản.</p>
      </section>
      <section aria-labelledby="lien-ket">
        <h2 id="lien-ket">Liên kết</h2>
        <ul className="links">
          <li>
            <a href="https://moet.gov.vn" rel="noopener">Bộ Giáo dục và Đào tạo</a>
          </li>
          <li>
            <a href="https://hcm.edu.vn" rel="noopener">Sở Giáo dục và Đào tạo TP. Hồ Chí Minh</a>
          </li>
        </ul>
      </section>
    </>
  )
}
