import { AccountFilterSelect } from './AccountFilterSelect'
import { LastSynced } from './LastSynced'
import { SyncControl } from './SyncControl'

export function TopBar() {
  return (
    <header className="topbar">
      <AccountFilterSelect />
      <div className="topbar__end">
        <LastSynced />
        <SyncControl />
      </div>
    </header>
  )
}
