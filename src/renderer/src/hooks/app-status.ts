import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { callQuery } from './call-query'
import { useCallMutation } from './useCallMutation'

/** Version, shell, vault protection, the saved locale and the demo sandbox's origin (refetched as accounts change). */
export const appStatusQuery = callQuery('app.status', {})

export function useAppStatus() {
  return useQuery(appStatusQuery)
}

/** Saves the interface language in main and switches to it. */
export function useSetLocale() {
  const queryClient = useQueryClient()
  const { i18n } = useTranslation()
  return useCallMutation('app.setLocale', {
    onSuccess: async ({ locale }) => {
      queryClient.setQueryData(appStatusQuery.queryKey, (status) => status && { ...status, locale })
      await i18n.changeLanguage(locale)
    }
  })
}

export function useAcceptWeakVault() {
  const queryClient = useQueryClient()
  return useCallMutation('app.acceptWeakVault', {
    onSuccess: (vault) => queryClient.setQueryData(appStatusQuery.queryKey, (status) => status && { ...status, vault })
  })
}
