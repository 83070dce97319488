import type { CollectionConfig } from 'payload'

import { AssetBorrowings } from './AssetBorrowings'
import { Assets } from './Assets'
import { AssetStockTakes } from './AssetStockTakes'
import { Classes } from './Classes'
import { Departments } from './Departments'
import { Documents } from './Documents'
import { Enrolments } from './Enrolments'
import { ExamPapers } from './ExamPapers'
import { Media } from './Media'
import { ParentMessages } from './ParentMessages'
import { RegisterCounters } from './RegisterCounters'
import { SchoolYears } from './SchoolYears'
import { StaffEvaluations } from './StaffEvaluations'
import { StaffProfiles } from './StaffProfiles'
import { Students } from './Students'
import { Subjects } from './Subjects'
import { TeachingAssignments } from './TeachingAssignments'
import { WorkCalendar } from './WorkCalendar'
import { Terms } from './Terms'
import { Users } from './Users'

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
  Media,
  Documents,
  RegisterCounters,
  Assets,
  AssetStockTakes,
  AssetBorrowings,
  StaffProfiles,
  StaffEvaluations,
  ExamPapers,
  ParentMessages,
  WorkCalendar,
]
