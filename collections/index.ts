import type { CollectionConfig } from 'payload'

import { Announcements } from './Announcements'
import { Articles } from './Articles'
import { Attendance } from './Attendance'
import { Categories } from './Categories'
import { Classes } from './Classes'
import { Conduct } from './Conduct'
import { Departments } from './Departments'
import { Enrolments } from './Enrolments'
import { GradeLocks } from './GradeLocks'
import { Grades } from './Grades'
import { HealthRecords } from './HealthRecords'
import { Media } from './Media'
import { Pages } from './Pages'
import { SchoolYears } from './SchoolYears'
import { Students } from './Students'
import { Subjects } from './Subjects'
import { TeachingAssignments } from './TeachingAssignments'
import { Terms } from './Terms'
import { Users } from './Users'
import { YearEndResults } from './YearEndResults'

/** The school's collections, in the order the admin's navigation shows them. */
export const collections: CollectionConfig[] = [
  Users,
  SchoolYears,
  Terms,
  Departments,
  Classes,
  Subjects,
  TeachingAssignments,
  Students,
  Enrolments,
  HealthRecords,
  Grades,
  GradeLocks,
  Attendance,
  Conduct,
  YearEndResults,
  Articles,
  Announcements,
  Pages,
  Categories,
  Media,
]
