import { SferaError } from '../../../shared/domain/errors'
import { HttpError, type HttpClient, type RateBudgets } from '../../http'
import { wbBudgets, type WbBudgetGroup } from './limits'
import { wbCardsListResponse, type WbCardsCursor, type WbCardsListResponse } from './types'

export interface WbClientOptions {
  http: HttpClient
  budgets: RateBudgets
  accountId: string
  contentBaseUrl: string
  token: string
  signal?: AbortSignal
  onRequest?: () => void
  onWait?: (untilEpochMs: number | null) => void
}

const cardsListPath = '/content/v2/get/cards/list'

/** Wildberries seller API calls, each on the account's budget for its method group. */
export class WbClient {
  constructor(private readonly options: WbClientOptions) {}

  /** One page of cards after `after`, oldest change first, so the last card's cursor resumes the sync. */
  async listCards(limit: number, after: WbCardsCursor | null): Promise<WbCardsListResponse> {
    const body = {
      settings: {
        sort: { ascending: true },
        cursor: after ? { limit, updatedAt: after.updatedAt, nmID: after.nmID } : { limit },
        filter: { withPhoto: -1 }
      }
    }
    const raw = await this.post('content', this.options.contentBaseUrl, cardsListPath, body)
    const parsed = wbCardsListResponse.safeParse(raw)
    if (!parsed.success) {
      throw new SferaError('malformed_response', `Wildberries ответил в неожиданном формате (${cardsListPath})`, {
        service: 'Wildberries',
        method: cardsListPath
      })
    }
    return parsed.data
  }

  private async post(group: WbBudgetGroup, baseUrl: string, path: string, json: unknown): Promise<unknown> {
    const { http, budgets, accountId, token, signal, onRequest, onWait } = this.options
    try {
      const response = await http.request({
        method: 'POST',
        url: `${baseUrl}${path}`,
        query: { locale: 'ru' },
        headers: { Authorization: token },
        json,
        expect: 'json',
        idempotent: true,
        budget: budgets.get(`${accountId}:wb:${group}`, wbBudgets[group]),
        ...(signal ? { signal } : {}),
        onAttempt: () => onRequest?.(),
        onWait: (until) => onWait?.(until)
      })
      onWait?.(null)
      return response.body
    } catch (error) {
      onWait?.(null)
      throw withService(error, path)
    }
  }
}

/** Names the service and method in errors so the seller knows which call failed. */
function withService(error: unknown, method: string): unknown {
  if (error instanceof HttpError) {
    return new SferaError(error.code, error.message, { ...(error.params ?? {}), service: 'Wildberries', method })
  }
  return error
}
