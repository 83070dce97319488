/**
 * Guardians with portal accounts in the demo school (README, contract.md). Each names the children
 * by class (current year) and position in the class list (by student code), and the link's status.
 */
export type DemoGuardian = {
  email: string
  fullName: string
  phone: string
  children: Array<{ className: string; index: number; relationship: string; status: 'confirmed' | 'pending' }>
}

export const DEMO_GUARDIANS: DemoGuardian[] = [
  {
    email: 'phuhuynh@haugiang.test',
    fullName: 'Trần Thị Mai',
    phone: '0909000001',
    children: [
      { className: '7A1', index: 0, relationship: 'Mẹ', status: 'confirmed' },
      { className: '6A1', index: 0, relationship: 'Mẹ', status: 'confirmed' },
    ],
  },
  {
    email: 'phuhuynh.7a2@haugiang.test',
    fullName: 'Lê Văn Hùng',
    phone: '0909000002',
    children: [{ className: '7A2', index: 0, relationship: 'Cha', status: 'confirmed' }],
  },
  {
    email: 'phuhuynh.8a1@haugiang.test',
    fullName: 'Phạm Thị Lan',
    phone: '0909000003',
    children: [{ className: '8A1', index: 1, relationship: 'Mẹ', status: 'pending' }],
  },
]
