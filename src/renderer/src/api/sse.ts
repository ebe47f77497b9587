/** One dispatched server-sent event. */
export interface SseMessage {
  event: string
  data: string
}

/**
 * Incremental parser for a text/event-stream body (the subset of the HTML spec SFERA uses): feed decoded
 * chunks as they arrive, get back the events they complete. Handles LF, CRLF and CR line endings, also when a
 * CRLF pair is split across chunks; `:` comment lines (keep-alives), `id` and `retry` fields are ignored.
 */
export class SseParser {
  private pending = ''
  private eventType = ''
  private dataLines: string[] = []
  /** The previous chunk ended in CR: a leading LF in the next one belongs to that line ending. */
  private skipLeadingLf = false

  push(chunk: string): SseMessage[] {
    let text = chunk
    if (this.skipLeadingLf && text.startsWith('\n')) text = text.slice(1)
    this.skipLeadingLf = text.endsWith('\r')

    const lines = (this.pending + text).split(/\r\n|\r|\n/)
    this.pending = lines.pop() ?? ''

    const messages: SseMessage[] = []
    for (const line of lines) {
      const message = this.processLine(line)
      if (message) messages.push(message)
    }
    return messages
  }

  private processLine(line: string): SseMessage | null {
    if (line === '') return this.dispatch()
    if (line.startsWith(':')) return null

    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)

    if (field === 'event') this.eventType = value
    else if (field === 'data') this.dataLines.push(value)
    return null
  }

  private dispatch(): SseMessage | null {
    const message = this.dataLines.length > 0 ? { event: this.eventType || 'message', data: this.dataLines.join('\n') } : null
    this.eventType = ''
    this.dataLines = []
    return message
  }
}
