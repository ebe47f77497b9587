import { useCallback } from 'react'
import { isAllowedPhotoUrl } from '../../../shared/domain/photo-origins'
import { useAppStatus } from './app-status'

/** Whether a photo URL from marketplace data may be shown; until app status loads, only CDN photos pass. */
export function useIsAllowedPhoto(): (url: string) => boolean {
  const demoSandboxOrigin = useAppStatus().data?.demoSandboxOrigin ?? null
  return useCallback((url) => isAllowedPhotoUrl(url, demoSandboxOrigin), [demoSandboxOrigin])
}
