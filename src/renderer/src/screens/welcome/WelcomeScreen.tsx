import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { calls } from '../../../../shared/ipc'
import { invoke } from '../../api/client'
import { routeHref } from '../../app/routes'
import { navigate } from '../../app/useRoute'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useStartSync } from '../../hooks/sync'
import { invalidateDatasets } from '../../hooks/dataset-invalidation'

/** First start, no cabinets yet: connect a real Wildberries cabinet or look around on demo data. */
export function WelcomeScreen() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const startSync = useStartSync()
  const tryDemo = useMutation({
    mutationFn: () => invoke('accounts.createDemo', {}),
    onSuccess: async (demos) => {
      await startSync.mutateAsync({ accountIds: demos.map((demo) => demo.id) })
      navigate(routeHref('products'))
      // Refreshing the account list last swaps this screen for the products screen.
      await invalidateDatasets(queryClient, calls['accounts.createDemo'].changes)
    }
  })

  return (
    <section className="welcome" aria-labelledby="welcome-title">
      <h1 id="welcome-title" className="welcome__title">
        {t('welcome.title')}
      </h1>
      <p className="welcome__lead">{t('welcome.lead')}</p>
      <div className="welcome__choices">
        <button type="button" className="choice" onClick={() => navigate(routeHref('settings', 'add'))} data-testid="welcome-connect">
          <span className="choice__title">{t('welcome.connectTitle')}</span>
          <span className="choice__text">{t('welcome.connectText')}</span>
        </button>
        <button type="button" className="choice" onClick={() => tryDemo.mutate()} disabled={tryDemo.isPending} data-testid="welcome-demo">
          <span className="choice__title">{tryDemo.isPending ? t('welcome.demoStarting') : t('welcome.demoTitle')}</span>
          <span className="choice__text">{t('welcome.demoText')}</span>
        </button>
      </div>
      {tryDemo.isError && <ErrorNotice error={tryDemo.error} />}
    </section>
  )
}
