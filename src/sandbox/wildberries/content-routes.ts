/** content-api `POST /content/v2/get/cards/list` (02-items.yaml) and the `/ping` every WB host answers. */
import { parseCardsListRequest } from './cards-request'
import { CONTENT_AUTH_ORIGIN, contentErrorReply, jsonReply, undecodableBodyReply, type Reply } from './replies'
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

function listCards(world: WbWorld, body: string): Reply {
  const request = parseCardsListRequest(body)
  if (!request.ok) {
    return request.undecodable
      ? undecodableBodyReply()
      : contentErrorReply('Invalid request parameters', { [request.field]: request.problem })
  }
  const cards = world.cards.list(request.query)
  const last = cards.at(-1)
  const response: WbCardsListResponse = {
    cards,
    // An empty page echoes the request's cursor, so a client that stores the last cursor never loses its place.
    cursor: last
      ? { updatedAt: last.updatedAt, nmID: last.nmID, total: cards.length }
      : { ...request.requestCursor, total: 0 }
  }
  return jsonReply(200, response)
}
