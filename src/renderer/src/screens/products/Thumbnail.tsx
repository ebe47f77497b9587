import { useState } from 'react'

/** A small lazy product photo; a missing or unloadable one shows an empty frame instead of a broken image. */
export function Thumbnail({ url }: { url: string | null }) {
  const [failed, setFailed] = useState(false)
  if (!url || failed) return <span className="thumb thumb--empty" aria-hidden="true" />
  return <img className="thumb" src={url} alt="" width={32} height={32} loading="lazy" decoding="async" onError={() => setFailed(true)} />
}
