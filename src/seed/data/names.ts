/** A small deterministic random source, so the demo school is the same on every machine. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return { next, pick, between }
}

export type Random = ReturnType<typeof seededRandom>

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trương',
  'Lâm',
  'Mai',
  'Tạ',
]
const MIDDLE_MALE = ['Văn', 'Minh', 'Gia', 'Quốc', 'Hoàng', 'Đức', 'Thanh', 'Anh', 'Bảo', 'Tuấn', 'Hữu', 'Nhật']
const MIDDLE_FEMALE = ['Thị', 'Ngọc', 'Thanh', 'Bảo', 'Minh', 'Khánh', 'Gia', 'Thu', 'Phương', 'Hoài', 'Mỹ', 'Kim']
const GIVEN_MALE = [
  'An',
  'Bảo',
  'Cường',
  'Dũng',
  'Duy',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Huy',
  'Khang',
  'Khoa',
  'Kiên',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phát',
  'Phúc',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Thịnh',
  'Tuấn',
  'Việt',
  'Vinh',
  'Khôi',
  'Lộc',
  'Trung',
]
const GIVEN_FEMALE = [
  'Anh',
  'Chi',
  'Diệp',
  'Giang',
  'Hà',
  'Hân',
  'Hạnh',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'My',
  'Ngân',
  'Ngọc',
  'Nhi',
  'Như',
  'Oanh',
  'Phương',
  'Quỳnh',
  'Tâm',
  'Thảo',
  'Thư',
  'Trang',
  'Trâm',
  'Uyên',
  'Vy',
  'Yến',
  'Châu',
  'Khuê',
  'Tiên',
]

export const vietnameseName = (random: Random, gender: 'male' | 'female'): string => {
  const family = random.pick(FAMILY)
  const middle = random.pick(gender === 'male' ? MIDDLE_MALE : MIDDLE_FEMALE)
  const given = random.pick(gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE)
  return `${family} ${middle} ${given}`
}

/** Family names alone, for guardians who share the child's family name. */
export const familyNameOf = (fullName: string) => fullName.split(' ')[0]!
