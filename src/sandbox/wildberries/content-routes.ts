/** content-api `POST /content/v2/get/cards/list` (02-items.yaml) and the `/ping` every WB host answers. */
import { parseCardsListRequest } from './cards-request'
import { CONTENT_AUTH_ORIGIN, contentErrorReply, jsonReply, encodedJsonReply, undecodableBodyReply, type Reply } from './replies'
import type { WbRoute } from './routing'
import type { WbCardsListResponse } from './types'
import type { WbWorld } from './world'

export function contentRoutes(world: WbWorld): WbRoute[] {
  return [
    {
      method: 'POST', path: '/content/v2/get/cards/list', group: 'content', category: 'content', authOrigin: CONTENT_AUTH_ORIGIN,
      handle: ({ body }) => listCards(world, body)
    },
    // One origin plays every WB host, so /ping lets in a token of any category.
    {
      method: 'GET', path: '/ping', group: 'ping', authOrigin: CONTENT_AUTH_ORIGIN,
      handle: ({ nowMs }) => jsonReply(200, { TS: new Date(nowMs).toISOString(), Status: 'OK' })
    }
  ]
}

const CARDS_KEY = Buffer.from('{"cards":')

function listCards(world: WbWorld, body: string): Reply {
  const request = parseCardsListRequest(body)
  if (!request.ok) {
    return request.undecodable
      ? undecodableBodyReply()
      : contentErrorReply('Invalid request parameters', { [request.field]: request.problem })
  }
  const page = world.cards.listJson(request.query)
  // An empty page echoes the request's cursor, so a client that stores the last cursor never loses its place.
  const cursor: WbCardsListResponse['cursor'] = page.last
    ? { updatedAt: page.last.updatedAt, nmID: page.last.nmID, total: page.count }
    : { ...request.requestCursor, total: 0 }
  return encodedJsonReply(200, [CARDS_KEY, ...page.parts, Buffer.from(`,"cursor":${JSON.stringify(cursor)}}`)])
}
