/** One thing waiting for the signed-in person: how many, and the admin page where it is done. */
export type WorklistItem = {
  key: string
  title: string
  count: number
  href: string
  /** A line under the title: what exactly waits, or why it is blocked. */
  detail?: string
  tone?: 'todo' | 'warning' | 'info'
}

/** The items of one duty (teacher, homeroom teacher, clerk, …). */
export type WorklistSection = { duty: string; title: string; items: WorklistItem[] }

export type Worklist = { sections: WorklistSection[]; generatedAt: string }
