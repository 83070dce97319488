/** A navigation link to the grade sheet (the view itself tells non-teachers they have no sheet). */
export const GradeSheetNavLink = () => (
  <a className="nav__link" href="/admin/so-diem">
    Nhập điểm
  </a>
)
