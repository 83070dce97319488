import type { CollectionConfig } from 'payload'

import { withNavigation } from '../access/navigation'
import { withHumanTitle } from './titles'

import { Albums } from './Albums'
import { Announcements } from './Announcements'
import { Articles } from './Articles'
import { Attendance } from './Attendance'
import { Categories } from './Categories'
import { AssetBorrowings } from './AssetBorrowings'
import { Assets } from './Assets'
import { AssetStockTakes } from './AssetStockTakes'
import { Classes } from './Classes'
import { CommentBank } from './CommentBank'
import { Conduct } from './Conduct'
import { Departments } from './Departments'
import { Disclosures } from './Disclosures'
import { Documents } from './Documents'
import { Enrolments } from './Enrolments'
import { GradeEntryDeadlines } from './GradeEntryDeadlines'
import { GradeLocks } from './GradeLocks'
import { GradeReminders } from './GradeReminders'
import { Grades } from './Grades'
import { GuardianLinks } from './GuardianLinks'
import { GuardianMessages } from './GuardianMessages'
import { Guardians } from './Guardians'
import { HealthRecords } from './HealthRecords'
import { Media } from './Media'
import { MessageAttachments } from './MessageAttachments'
import { MessageReceipts } from './MessageReceipts'
import { ConsentWithdrawals } from './ConsentWithdrawals'
import { Pages } from './Pages'
import { ExamPapers } from './ExamPapers'
import { ExportRuns } from './ExportRuns'
import { ParentMessages } from './ParentMessages'
import { RegisterCounters } from './RegisterCounters'
import { SchoolYears } from './SchoolYears'
import { SignInEvents } from './SignInEvents'
import { StaffEvaluations } from './StaffEvaluations'
import { StaffProfiles } from './StaffProfiles'
import { Students } from './Students'
import { Subjects } from './Subjects'
import { TeachingAssignments } from './TeachingAssignments'
import { WorkCalendar } from './WorkCalendar'
import { Terms } from './Terms'
import { Users } from './Users'
import { YearEndResults } from './YearEndResults'

/** The school's collections, in the order the admin's navigation shows them, each to the people who use it. */
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
  GradeEntryDeadlines,
  GradeReminders,
  Attendance,
  Conduct,
  YearEndResults,
  CommentBank,
  Articles,
  Announcements,
  Pages,
  Albums,
  Disclosures,
  Categories,
  Media,
  Documents,
  RegisterCounters,
  Assets,
  AssetStockTakes,
  AssetBorrowings,
  StaffProfiles,
  StaffEvaluations,
  ExamPapers,
  ExportRuns,
  ParentMessages,
  WorkCalendar,
  SignInEvents,
  Guardians,
  GuardianLinks,
  GuardianMessages,
  MessageAttachments,
  MessageReceipts,
  ConsentWithdrawals,
]
  .map(withHumanTitle)
  .map(withNavigation)
