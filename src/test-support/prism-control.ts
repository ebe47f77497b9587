import { startForwardingProxy, type ForwardedExchange } from '../contract/forwarding-proxy'
import { startPrismProxy } from '../contract/prism'

/** A JSON POST of a contract test's control: the path and the body, sent as JSON. */
export interface ControlPost {
  path: string
  body: unknown
}

export interface PrismControlOptions {
  /** A running Prism proxy of the spec the bad request breaks. */
  prismUrl: string
  /** A request that breaks that spec: Prism should refuse it (422). */
  badRequest: ControlPost
  /** The spec the wrong answer breaks, for a Prism proxy of its own in front of `startWrongAnswer`. */
  spec: string
  /** An upstream whose answer breaks `spec`: Prism should flag it. */
  startWrongAnswer(): Promise<{ url: string; close(): Promise<void> }>
  /** A request `spec` allows, to fetch the wrong answer with. */
  request: ControlPost
  /** Sent with both requests. */
  headers: Record<string, string>
}

/** The one exchange each control proxy saw: Prism's answer to the bad request, and to the request of the wrong answer. */
export interface PrismControlExchanges {
  request: ForwardedExchange | undefined
  answer: ForwardedExchange | undefined
}

/**
 * A contract test's control, proving it would see a violation: sends the bad request to Prism and fetches the wrong
 * answer through Prism, each through a forwarding proxy that records what Prism answered, then stops all it started.
 */
export async function runPrismControl(options: PrismControlOptions): Promise<PrismControlExchanges> {
  /** What started, stopped last-first; filled as things start so a failed start leaks nothing. */
  const stops: Array<() => Promise<void>> = []
  try {
    const requestControl = await startForwardingProxy(() => options.prismUrl)
    stops.push(() => requestControl.close())
    const wrongAnswer = await options.startWrongAnswer()
    stops.push(() => wrongAnswer.close())
    const responseControl = await startPrismProxy(options.spec, wrongAnswer.url)
    stops.push(() => responseControl.stop())
    const answerControl = await startForwardingProxy(() => responseControl.url)
    stops.push(() => answerControl.close())
    const post = (origin: string, { path, body }: ControlPost) =>
      fetch(`${origin}${path}`, { method: 'POST', headers: options.headers, body: JSON.stringify(body) }).then((r) => r.arrayBuffer())
    await post(requestControl.url, options.badRequest)
    await post(answerControl.url, options.request)
    return { request: requestControl.exchanges[0], answer: answerControl.exchanges[0] }
  } finally {
    for (const stop of stops.reverse()) await stop()
  }
}
