import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductPhoto } from '../../../../shared/domain/products'
import { useIsAllowedPhoto } from '../../hooks/allowed-photos'

/** The product's photos: one large, with thumbnails to switch between them; photos from hosts not allowed are left out. */
export function ProductGallery({ photos: allPhotos, title }: { photos: readonly ProductPhoto[]; title: string }) {
  const { t } = useTranslation()
  const [index, setIndex] = useState(0)
  const isAllowedPhoto = useIsAllowedPhoto()
  const photos = allPhotos.filter((photo) => isAllowedPhoto(photo.big) && isAllowedPhoto(photo.small))
  const current = photos[index]

  if (!current) return <div className="gallery gallery--empty">{t('productDetail.noPhotos')}</div>

  return (
    <div className="gallery">
      <img className="gallery__main" src={current.big} alt={title} />
      {photos.length > 1 && (
        <ul className="gallery__thumbs" aria-label={t('productDetail.photos')}>
          {photos.map((photo, i) => (
            <li key={photo.big}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={i === index}
                aria-label={t('productDetail.photoOf', { index: i + 1, count: photos.length })}
                onClick={() => setIndex(i)}
              >
                <img src={photo.small} alt="" loading="lazy" width={48} height={64} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
