import type { CollectionConfig } from 'payload'

import { Attendance } from './Attendance'
import { Classes } from './Classes'
import { Conduct } from './Conduct'
import { Departments } from './Departments'
import { Enrolments } from './Enrolments'
import { HealthRecords } from './HealthRecords'
import { GradeLocks } from './GradeLocks'
import { Grades } from './Grades'
import { Media } from './Media'
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
  Media,
  Grades,
  GradeLocks,
  Attendance,
  Conduct,
  YearEndResults,
]
