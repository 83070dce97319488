import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql'

export type GraphQLGuardOptions = {
  maxAliases: number
  maxDepth: number
  /** Fields after expanding fragments: a fragment used twice counts twice. */
  maxFields: number
  /** `__schema`/`__type` fields per request; 0 refuses introspection. */
  maxIntrospection: number
  maxTokens: number
}

export const DEFAULT_GRAPHQL_GUARD: GraphQLGuardOptions = {
  maxAliases: 30,
  maxDepth: 12,
  maxFields: 2000,
  maxIntrospection: process.env.NODE_ENV === 'production' ? 0 : 1,
  maxTokens: 5000,
}

const INTROSPECTION = new Set(['__schema', '__type'])

type Tally = { aliases: number; depth: number; fields: number; introspection: number }

/**
 * Why a GraphQL document must be refused before Payload runs it, or null. Payload's complexity
 * rule neither counts introspection fields nor survives fragment cycles (it recurses until the
 * stack overflows, a 500), so the shape is checked here first: fragment cycles, aliases, depth,
 * fields after expanding fragments, introspection.
 */
export const graphQLProblem = (query: string, options: GraphQLGuardOptions = DEFAULT_GRAPHQL_GUARD): string | null => {
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: options.maxTokens })
  } catch {
    return 'Truy vấn GraphQL không hợp lệ hoặc quá dài.'
  }
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions as readonly DefinitionNode[]) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const tally: Tally = { aliases: 0, depth: 0, fields: 0, introspection: 0 }
  const over = () =>
    tally.aliases > options.maxAliases ||
    tally.depth > options.maxDepth ||
    tally.fields > options.maxFields ||
    tally.introspection > options.maxIntrospection

  // Walks selections, expanding fragments; `path` holds the fragments being expanded (a cycle).
  const walk = (set: SelectionSetNode | undefined, depth: number, path: string[]): string | null => {
    if (!set) return null
    for (const selection of set.selections) {
      if (over()) return null
      if (selection.kind === Kind.FIELD) {
        tally.fields++
        if (selection.alias) tally.aliases++
        if (INTROSPECTION.has(selection.name.value)) tally.introspection++
        tally.depth = Math.max(tally.depth, depth + 1)
        const problem = walk(selection.selectionSet, depth + 1, path)
        if (problem) return problem
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const problem = walk(selection.selectionSet, depth, path)
        if (problem) return problem
      } else {
        const name = selection.name.value
        if (path.includes(name)) return 'Truy vấn GraphQL có mảnh (fragment) tự tham chiếu.'
        const problem = walk(fragments.get(name)?.selectionSet, depth, [...path, name])
        if (problem) return problem
      }
    }
    return null
  }

  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      const problem = walk(definition.selectionSet, 0, [definition.name.value])
      if (problem) return problem
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const problem = walk(definition.selectionSet, 0, [])
    if (problem) return problem
  }
  if (tally.introspection > options.maxIntrospection) {
    return options.maxIntrospection === 0
      ? 'Không cho phép truy vấn cấu trúc (introspection) GraphQL.'
      : 'Truy vấn GraphQL có quá nhiều trường cấu trúc (introspection).'
  }
  if (tally.aliases > options.maxAliases) return `Truy vấn GraphQL có quá nhiều bí danh (tối đa ${options.maxAliases}).`
  if (tally.depth > options.maxDepth) return `Truy vấn GraphQL lồng quá sâu (tối đa ${options.maxDepth} tầng).`
  if (tally.fields > options.maxFields) return `Truy vấn GraphQL có quá nhiều trường (tối đa ${options.maxFields}).`
  return null
}

type Handler = (request: Request, ...rest: never[]) => Promise<Response>

const refuse = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** Wraps Payload's GraphQL route: a refused document gets a 400 before anything runs. */
export const guardGraphQL = <H extends Handler>(handler: H, options: GraphQLGuardOptions = DEFAULT_GRAPHQL_GUARD): H =>
  (async (request: Request, ...rest: never[]) => {
    let body: unknown
    try {
      body = await request.clone().json()
    } catch {
      return handler(request, ...rest) // not JSON: graphql-http answers it (415/400)
    }
    const operations = Array.isArray(body) ? body : [body]
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | null)?.query
      if (typeof query !== 'string') continue
      const problem = graphQLProblem(query, options)
      if (problem) return refuse(problem)
    }
    return handler(request, ...rest)
  }) as H
