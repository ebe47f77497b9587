/**
 * Product images are served by the sandbox itself (Ozon's come from cdn1.ozone.ru), so demo mode shows pictures
 * without the internet: a coloured 900x1200 tile with the type's initials, at `/images/{product_id}/{n}.svg`.
 */

export function imageUrl(baseUrl: string, productId: number, number: number): string {
  return `${baseUrl}/images/${productId}/${number}.svg`
}

const imagePath = /^\/images\/(\d{1,15})\/(\d{1,2})\.svg$/

export function parseImagePath(pathname: string): { productId: string; number: number } | undefined {
  const match = imagePath.exec(pathname)
  return match ? { productId: match[1]!, number: Number(match[2]) } : undefined
}

export interface ImageTile {
  initials: string
  caption: string
  hue: number
  number: number
  total: number
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

export function renderImageSvg(tile: ImageTile): string {
  const width = 900
  const height = 1200
  const hue = (tile.hue + (tile.number - 1) * 14) % 360
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="hsl(${hue}, 50%, 86%)"/>`,
    `<text x="50%" y="46%" text-anchor="middle" dominant-baseline="central" font-family="Arial, Helvetica, sans-serif" font-weight="700" font-size="290" fill="hsl(${hue}, 45%, 30%)">${escapeXml(tile.initials)}</text>`,
    `<text x="50%" y="70%" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="48" fill="hsl(${hue}, 35%, 28%)">${escapeXml(`${tile.caption} · ${tile.number}/${tile.total}`)}</text>`,
    '</svg>'
  ].join('')
}
