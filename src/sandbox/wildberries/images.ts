/**
 * Card photos are served by the sandbox itself, so demo mode shows pictures without the internet: a coloured tile
 * with the subject's initials, one URL per size the spec lists for `photos[]`.
 */
import type { WbPhoto } from './types'

export const photoSizes: Readonly<Record<keyof WbPhoto, { width: number; height: number }>> = {
  big: { width: 900, height: 1200 },
  c246x328: { width: 246, height: 328 },
  c516x688: { width: 516, height: 688 },
  square: { width: 600, height: 600 },
  tm: { width: 75, height: 100 }
}

export type PhotoSize = keyof WbPhoto

function isPhotoSize(name: string): name is PhotoSize {
  return Object.hasOwn(photoSizes, name)
}

export function photoUrl(baseUrl: string, nmId: number, size: PhotoSize, number: number): string {
  return `${baseUrl}/images/${nmId}/${size}/${number}.svg`
}

export function photoSet(baseUrl: string, nmId: number, number: number): WbPhoto {
  return {
    big: photoUrl(baseUrl, nmId, 'big', number),
    c246x328: photoUrl(baseUrl, nmId, 'c246x328', number),
    c516x688: photoUrl(baseUrl, nmId, 'c516x688', number),
    square: photoUrl(baseUrl, nmId, 'square', number),
    tm: photoUrl(baseUrl, nmId, 'tm', number)
  }
}

export interface PhotoRequest {
  nmId: number
  size: PhotoSize
  number: number
}

const photoPath = /^\/images\/(\d{1,12})\/([a-z0-9]+)\/(\d{1,3})\.svg$/

export function parsePhotoPath(pathname: string): PhotoRequest | undefined {
  const match = photoPath.exec(pathname)
  if (!match) return undefined
  const [, nmId, size = '', number] = match
  if (!isPhotoSize(size)) return undefined
  return { nmId: Number(nmId), size, number: Number(number) }
}

export interface TileContent {
  initials: string
  caption: string
  /** 0..359: the card's colour, so all photos of one card look related. */
  hue: number
  number: number
  total: number
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function renderPhotoSvg(size: PhotoSize, tile: TileContent): string {
  const { width, height } = photoSizes[size]
  const hue = (tile.hue + (tile.number - 1) * 14) % 360
  const side = Math.min(width, height)
  // The caption would be an unreadable smudge on thumbnails, so only larger sizes carry it.
  const caption = side >= 200
    ? `<text x="50%" y="72%" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="${Math.round(side * 0.055)}" fill="hsl(${hue}, 35%, 28%)">${escapeXml(`${tile.caption} · ${tile.number}/${tile.total}`)}</text>`
    : ''
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="hsl(${hue}, 55%, 84%)"/>`,
    `<text x="50%" y="50%" text-anchor="middle" dominant-baseline="central" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="${Math.round(side * 0.32)}" fill="hsl(${hue}, 45%, 30%)">${escapeXml(tile.initials)}</text>`,
    caption,
    '</svg>'
  ].join('')
}
