'use client'
import { useNav, usePreferences } from '@payloadcms/ui'
import { useEffect, useRef } from 'react'

/** Wider than a tablet: the navigation is a sidebar beside the page, not an overlay. */
const WIDE = '(min-width: 1025px)'

/**
 * Payload closes its sidebar below 1440 px, so on the school's 1366 px screens every page opened
 * with the navigation hidden. This opens it once the page is interactive on any screen wider than
 * a tablet, unless the person closed it themselves (Payload keeps that choice as a preference).
 */
export const NavOpenOnWide = () => {
  const { hydrated, navOpen, setNavOpen } = useNav()
  const { getPreference } = usePreferences()
  const done = useRef(false)
  useEffect(() => {
    if (!hydrated || done.current || navOpen || !window.matchMedia(WIDE).matches) return
    done.current = true
    void getPreference<{ open?: boolean }>('nav').then((preference) => {
      if (preference?.open !== false) setNavOpen(true)
    })
  }, [hydrated, navOpen, setNavOpen, getPreference])
  return null
}
