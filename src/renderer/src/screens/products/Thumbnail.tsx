import { useState } from 'react'
import { useIsAllowedPhoto } from '../../hooks/allowed-photos'

/** A small lazy product photo; a missing, unloadable or not allowed one shows an empty frame instead of a broken image. */
export function Thumbnail({ url }: { url: string | null }) {
  const [failed, setFailed] = useState(false)
  const isAllowedPhoto = useIsAllowedPhoto()
  if (!url || failed || !isAllowedPhoto(url)) return <span className="thumb thumb--empty" aria-hidden="true" />
  return <img className="thumb" src={url} alt="" width={32} height={32} loading="lazy" decoding="async" onError={() => setFailed(true)} />
}
