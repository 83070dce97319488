import { notFound } from 'next/navigation'

/** Any address no other route serves: the site's own 404, inside its layout. */
export default function Missing() {
  notFound()
}
