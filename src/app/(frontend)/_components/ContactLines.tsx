import type { SiteSetting } from '@/payload-types'

/** The school's address, phone, e-mail and map link, each line only when the settings have it. */
export const ContactLines = ({ settings, mapLabel }: { settings: SiteSetting; mapLabel: string }) => (
  <>
    {settings.address ? <p>Địa chỉ: {settings.address}</p> : null}
    {settings.phone ? (
      <p>
        Điện thoại: <a href={`tel:${settings.phone.replace(/[^\d+]/g, '')}`}>{settings.phone}</a>
      </p>
    ) : null}
    {settings.email ? (
      <p>
        E-mail: <a href={`mailto:${settings.email}`}>{settings.email}</a>
      </p>
    ) : null}
    {settings.mapUrl ? (
      <p>
        <a href={settings.mapUrl} rel="noopener">
          {mapLabel}
        </a>
      </p>
    ) : null}
  </>
)
