'use client'
import { useField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/** The current password, typed hidden; sent with a password change and never stored. */
export const CurrentPasswordField: TextFieldClientComponent = ({ path, field }) => {
  const { value, setValue } = useField<string>({ path })
  const text = typeof field.label === 'object' ? (field.label as Record<string, string>).vi : String(field.label ?? '')
  return (
    <div className="field-type text">
      <label className="field-label" htmlFor="field-currentPassword">
        {text}
      </label>
      <input
        id="field-currentPassword"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        value={value ?? ''}
        onChange={(event) => setValue(event.target.value)}
      />
    </div>
  )
}
