import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Trường THCS Hậu Giang', template: '%s — THCS Hậu Giang' },
  description: 'Cổng thông tin điện tử Trường THCS Hậu Giang, Quận 6, TP. Hồ Chí Minh.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">Bỏ qua đến nội dung chính</a>
        <header className="site-header">
          <div className="container">
            <a className="brand" href="/">
              Trường THCS Hậu Giang
            </a>
            <nav aria-label="Điều hướng chính">
              <a href="/">Trang chủ</a>
              <a href="/admin">Đăng nhập cán bộ</a>
            </nav>
          </div>
        </header>
        <main id="noi-dung" className="container">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>Trường THCS Hậu Giang — Quận 6, Thành phố Hồ Chí Minh</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
