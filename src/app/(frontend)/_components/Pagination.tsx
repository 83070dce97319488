/** Previous / next links between pages of a list; `href(n)` is the address of page n. */
export const Pagination = ({
  page,
  totalPages,
  href,
}: {
  page: number
  totalPages: number
  href: (page: number) => string
}) =>
  totalPages > 1 ? (
    <nav aria-label="Phân trang" className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Trang trước
        </a>
      ) : null}
      <span>
        Trang {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          Trang sau →
        </a>
      ) : null}
    </nav>
  ) : null
