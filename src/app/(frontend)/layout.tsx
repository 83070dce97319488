import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './styles.css'

import { SITE_URL } from './_lib/data'

export const metadata: Metadata = {
  metadataBase: new URL(SITE_URL),
  title: { default: 'Trường THCS Hậu Giang', template: '%s — THCS Hậu Giang' },
  description: 'Cổng thông tin điện tử Trường THCS Hậu Giang, Quận 6, TP. Hồ Chí Minh.',
  openGraph: { type: 'website', locale: 'vi_VN', siteName: 'Trường THCS Hậu Giang' },
  alternates: { types: { 'application/rss+xml': '/rss.xml' } },
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua đến nội dung chính
        </a>
        <header className="site-header">
          <div className="container">
            <a className="brand" href="/">
              Trường THCS Hậu Giang
            </a>
            <nav aria-label="Điều hướng chính">
              <a href="/">Trang chủ</a>
              <a href="/tin-tuc">Tin tức</a>
              <a href="/thong-bao">Thông báo</a>
              <a href="/trang/gioi-thieu">Giới thiệu</a>
              <a href="/trang/lien-he">Liên hệ</a>
              <a href="/tim-kiem">Tìm kiếm</a>
              <a href="/phu-huynh">Phụ huynh</a>
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
            <p>
              <a href="https://moet.gov.vn" rel="noopener">
                Bộ Giáo dục và Đào tạo
              </a>{' '}
              ·{' '}
              <a href="https://hcm.edu.vn" rel="noopener">
                Sở Giáo dục và Đào tạo TP. Hồ Chí Minh
              </a>{' '}
              · <a href="/rss.xml">RSS</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
