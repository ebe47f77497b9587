import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** CI clones the repo next to `shared/`. */
export const ozonSpecFile = resolve(__dirname, '../../../shared/specs/ozon/swagger.json')

/**
 * Ozon's swagger.json has defects that stop Prism from judging valid traffic, mended in a temp copy so
 * shared/ stays byte-for-byte what Ozon published; every other word of the spec is checked as it stands.
 * - It is bundled from split files, and five `$ref`s (under `/v3/chat/history` and `/v1/delivery/point/list`) still
 *   name the source file `../../components/schemas/rpcStatus.yaml`, which is not published: Prism cannot load the
 *   spec at all. The bundle holds that schema at `#/components/schemas/rpcStatus`, so they point there.
 * - Its `pattern`s are format hints for a reader, not regular expressions: `" YYYY-MM-DDThh:mm:ssZ"` (leading space
 *   and all) on `/v4/posting/fbs/list`'s `filter.since`, `" +7(XXX)XXX-XX-XX"` on phone numbers. As regexes no real
 *   date or phone matches them, so they are dropped; a pattern that is not such a hint would stay.
 * - It is generated from protobuf, where a message field (an object, or a Timestamp written as a date-time string)
 *   that is not set is answered `null` by Ozon's grpc-gateway, yet no such schema says `nullable`. The spec's own
 *   examples show it: `/v4/posting/fbs/list` answers `"customer": null`, `"addressee": null`,
 *   `"delivering_date": null`, `"analytics_data": {"client_delivery_date_begin": null, …}`. So objects and
 *   date-time strings are taken as nullable; scalars stay as strict as the spec writes them.
 * - `/v2/posting/fbs/package-label` answers `application/pdf` (the method "generates a PDF file"), yet the schema of
 *   that body is a JSON object holding `file_content`: no PDF is a JSON object, so Prism would flag every label.
 *   The `application/pdf` answer is taken as the file's bytes; the app reads either shape.
 */
const unbundledRpcStatus = '../../components/schemas/rpcStatus.yaml'
const bundledRpcStatus = '#/components/schemas/rpcStatus'
const formatHint = /YYYY|XXX/

export interface LoadableSpec {
  file: string
  remove(): void
}

export function loadableOzonSpec(): LoadableSpec {
  const mended = { refs: 0, patterns: 0, messages: 0, pdfBodies: 0 }
  const spec = JSON.parse(readFileSync(ozonSpecFile, 'utf8'), (key, value: unknown) => {
    if (key === '$ref' && value === unbundledRpcStatus) {
      mended.refs += 1
      return bundledRpcStatus
    }
    if (key === 'pattern' && typeof value === 'string' && formatHint.test(value)) {
      mended.patterns += 1
      return undefined
    }
    if (key === 'application/pdf' && isPdfAsObject(value)) {
      mended.pdfBodies += 1
      return { ...value, schema: { type: 'string', format: 'binary' } }
    }
    if (isMessageSchema(value)) {
      mended.messages += 1
      return { ...value, nullable: true }
    }
    return value
  }) as unknown
  if (Object.values(mended).includes(0)) {
    throw new Error(`${ozonSpecFile} has changed (${JSON.stringify(mended)} mended): check whether ozon-spec.ts still needs each mend`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'sfera-ozon-spec-'))
  const file = join(dir, 'swagger.json')
  writeFileSync(file, JSON.stringify(spec))
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function isMessageSchema(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const schema = value as Record<string, unknown>
  return schema.type === 'object' || (schema.type === 'string' && schema.format === 'date-time')
}

/** An `application/pdf` content entry whose schema is a reference to a JSON object. */
function isPdfAsObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const schema = (value as { schema?: { $ref?: unknown } }).schema
  return typeof schema?.$ref === 'string'
}
