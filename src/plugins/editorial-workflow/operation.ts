import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * What the running operation was asked for. Collection beforeChange hooks are not told whether a
 * save is a draft (versions only, the live document untouched) or a write of the live document;
 * the beforeOperation hook is, so it notes it here for the guard.
 */
type OperationFacts = { draft: boolean; restoring: boolean }

const facts = new WeakMap<object, OperationFacts>()

export const noteOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'restoreVersion' || operation === 'create') {
    facts.set(req, { draft: Boolean((args as { draft?: boolean }).draft), restoring: operation === 'restoreVersion' })
  }
  return args
}

export const operationFacts = (req: PayloadRequest): OperationFacts =>
  facts.get(req) ?? { draft: false, restoring: Boolean(req.context?.isRestoringVersion) }
