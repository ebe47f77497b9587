import { describe, expect, it } from 'vitest'
import { SseParser } from './sse'

describe('SseParser', () => {
  it('dispatches an event at the blank line that ends it', () => {
    const parser = new SseParser()
    expect(parser.push('event: data.changed\ndata: {"tables":["accounts"]}\n')).toEqual([])
    expect(parser.push('\n')).toEqual([{ event: 'data.changed', data: '{"tables":["accounts"]}' }])
  })

  it('ignores comment keep-alives and fields it does not use', () => {
    const parser = new SseParser()
    const messages = parser.push(': connected\n\n: keep-alive\n\nid: 7\nretry: 1000\nevent: sync.progress\ndata: {}\n\n')
    expect(messages).toEqual([{ event: 'sync.progress', data: '{}' }])
  })

  it('joins an event split across arbitrary chunks', () => {
    const parser = new SseParser()
    const text = 'event: data.changed\ndata: {"tables":["wb_products"]}\n\nevent: sync.progress\ndata: {"rows":5}\n\n'
    const messages = [...text].flatMap((char) => parser.push(char))
    expect(messages).toEqual([
      { event: 'data.changed', data: '{"tables":["wb_products"]}' },
      { event: 'sync.progress', data: '{"rows":5}' }
    ])
  })

  it('accepts CRLF and CR line endings, also a CRLF split between chunks', () => {
    const parser = new SseParser()
    expect(parser.push('event: a\r\ndata: 1\r\n\r\n')).toEqual([{ event: 'a', data: '1' }])
    expect(parser.push('event: b\rdata: 2\r')).toEqual([])
    expect(parser.push('\ndata: 3\r\n\r\n')).toEqual([{ event: 'b', data: '2\n3' }])
  })

  it('joins multi-line data with newlines and defaults the event name to "message"', () => {
    const parser = new SseParser()
    expect(parser.push('data: first\ndata:second\n\n')).toEqual([{ event: 'message', data: 'first\nsecond' }])
  })

  it('does not dispatch an event that carried no data, and resets its name', () => {
    const parser = new SseParser()
    expect(parser.push('event: lonely\n\ndata: x\n\n')).toEqual([{ event: 'message', data: 'x' }])
  })
})
