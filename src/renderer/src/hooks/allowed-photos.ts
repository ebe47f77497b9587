import { useCallback } from 'react'
import { isAllowedPhotoUrl } from '../../../shared/domain/photo-origins'
import { useAppStatus } from './app-status'

const noOrigins: readonly string[] = []

/** Whether a photo URL from marketplace data may be shown; until app status loads, only CDN photos pass. */
export function useIsAllowedPhoto(): (url: string) => boolean {
  const demoSandboxOrigins = useAppStatus().data?.demoSandboxOrigins
  return useCallback((url) => isAllowedPhotoUrl(url, demoSandboxOrigins ?? noOrigins), [demoSandboxOrigins])
}
