import { SCHOOL } from '@/school'

/** The header of every page of the school's books. */
export const BOOK_HEADER: [string, string] = ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN 6', SCHOOL.name.toUpperCase()]
