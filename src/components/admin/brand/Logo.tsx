import { Crest } from './Crest'

/** The login page's mark: the crest and the school's name (instead of Payload's logo). */
export const Logo = () => (
  <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
    <Crest size={72} />
    <div>
      <div style={{ fontSize: 14, letterSpacing: 1, textTransform: 'uppercase' }}>Phòng GD&amp;ĐT Quận 6</div>
      <div style={{ fontSize: 26, fontWeight: 700 }}>Trường THCS Hậu Giang</div>
      <div style={{ fontSize: 14 }}>Hệ thống quản trị nhà trường</div>
    </div>
  </div>
)
