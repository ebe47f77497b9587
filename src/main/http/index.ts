export { systemClock, FakeClock, type Clock } from './clock'
export { RateBudget, RateBudgets, type RateBudgetSpec, type RateBudgetSnapshot, type AcquireOptions } from './rate-budget'
export { HttpError, type HttpMethod } from './errors'
export { createHttpClient, type HttpClient, type HttpClientOptions, type HttpRequest, type HttpResponse } from './client'
