import type { SiteSetting } from '@/payload-types'
import { DEFAULT_MENU, type MenuItem } from '@/website/menu'

export const menuOf = (settings: SiteSetting): MenuItem[] => {
  const items = (settings.menu ?? []).map((m) => ({ label: m.label, url: m.url }))
  return items.length > 0 ? items : DEFAULT_MENU
}
