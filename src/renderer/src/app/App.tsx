import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Toaster } from 'sonner'
import { AppShell } from './AppShell'
import { SferaEventsBridge } from './SferaEventsBridge'
import { useLocaleFromAppStatus } from './useLocaleFromAppStatus'

export function App({ queryClient }: { queryClient: QueryClient }) {
  return (
    <QueryClientProvider client={queryClient}>
      <SferaEventsBridge />
      <LocalizedShell />
      <Toaster position="bottom-right" richColors closeButton />
    </QueryClientProvider>
  )
}

function LocalizedShell() {
  useLocaleFromAppStatus()
  return <AppShell />
}
