import type { PostingsDataset } from '../db/datasets'
import type { FbsPostingsService } from '../services/fbs-postings'
import type { DomainHandlers } from './handler'

export function fbsPostingsHandlers(reads: PostingsDataset, postings: FbsPostingsService): DomainHandlers<'postings'> {
  return {
    'postings.listAwaiting': (input) => reads.listAwaiting({ ...input, marketplaces: postings.marketplaces() }),
    'postings.pack': (input) => postings.pack(input.accountId, input.postings),
    'postings.refresh': (input) => postings.refresh(input.accountIds),
    'postings.labels': (input) => postings.labels(input.accountId, input.postingNumbers),
    'postings.savedLabels': (input) => postings.savedLabels(input.accountIds),
    'postings.openLabel': (input) => postings.openLabel(input.accountId, input.fileName),
    'postings.handOver': (input) => postings.handOver(input.accountId, input.postingNumbers)
  }
}
