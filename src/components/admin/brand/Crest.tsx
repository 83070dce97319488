/** The school's crest, drawn inline (no file or outside host to load). */
export const Crest = ({ size = 40 }: { size?: number }) => (
  <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-label="Huy hiệu Trường THCS Hậu Giang">
    <path
      d="M32 3 L58 12 V32 C58 47 46 57 32 61 C18 57 6 47 6 32 V12 Z"
      fill="#0b4f8a"
      stroke="#f2c230"
      strokeWidth="3"
    />
    <path d="M18 40 L32 22 L46 40 Z" fill="#f2c230" />
    <rect x="20" y="42" width="24" height="4" rx="1" fill="#ffffff" />
    <text x="32" y="18" textAnchor="middle" fontSize="8" fontWeight="700" fill="#ffffff" fontFamily="sans-serif">
      HG
    </text>
  </svg>
)
