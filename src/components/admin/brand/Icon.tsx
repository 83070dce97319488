import { Crest } from './Crest'

/** The navigation's mark: the crest (instead of Payload's icon). */
export const Icon = () => <Crest size={32} />
