/** The message a form left (by its code in the URL): an alert for a refusal, a status for a success. */
export const PortalNotice = ({ notice, role = 'alert' }: { notice: string | null; role?: 'alert' | 'status' }) =>
  notice ? (
    <p className="portal-notice" role={role}>
      {notice}
    </p>
  ) : null

/** Choosing a password from an e-mailed link (an invitation, a reset): the link's token goes back hidden. */
export const NewPasswordForm = ({ action, token }: { action: string; token: string }) => (
  <form className="portal-form" method="post" action={action}>
    <input type="hidden" name="token" value={token} />
    <label>
      Mật khẩu mới (ít nhất 10 ký tự, có chữ và số)
      <input name="password" type="password" autoComplete="new-password" required minLength={10} />
    </label>
    <label>
      Nhập lại mật khẩu
      <input name="confirm" type="password" autoComplete="new-password" required minLength={10} />
    </label>
    <button type="submit">Đặt mật khẩu</button>
  </form>
)
