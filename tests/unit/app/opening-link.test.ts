import { afterEach, describe, expect, it } from 'vitest'
import { posterShows } from '../../../src/app/first-content'
import { POSTER_ELEMENT_TIMING, POSTER_PATH } from '../../../src/ui/poster-element'
import { OPENING_LINK_SCRIPT, settleOpeningLink, showsPrerenderedPage } from '../../../src/app/opening-link'
import { CSP_DIRECTIVES, scriptHashSource } from '../../../src/pwa/content-security-policy'

/** Runs the page's first inline script as the browser does, at an address. */
function openAt(search: string): string[] {
  history.replaceState(null, '', `/${search}`)
  document.documentElement.className = ''
  // Run as the browser runs it; jsdom does not run a page's scripts itself.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(OPENING_LINK_SCRIPT)()
  return [...document.documentElement.classList]
}

afterEach(() => {
  document.documentElement.className = ''
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  history.replaceState(null, '', '/')
})

describe('the first inline script, which marks the page with what its link opens', () => {
  it('leaves the default view (and parameters the explorer does not own) unmarked', () => {
    expect(openAt('')).toEqual([])
    expect(openAt('?utm_source=leaflet')).toEqual([])
  })

  it('marks a link that opens the explanation panel, and one that only changes the view', () => {
    expect(openAt('?structure=l4-l5-disc')).toEqual(['opens-link', 'opens-panel'])
    expect(openAt('?tour=sciatica&step=2')).toEqual(['opens-link', 'opens-panel'])
    expect(openAt('?cause=sciatica')).toEqual(['opens-link'])
    expect(openAt('?view=left')).toEqual(['opens-link'])
  })

  it('preloads the poster where the link opens the default view, and never on a deep link, which hides it', () => {
    const posterPreloads = () =>
      [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="image"]')].map((link) => ({
        href: link.getAttribute('href'),
        priority: link.getAttribute('fetchpriority'),
      }))
    openAt('?utm_source=leaflet')
    expect(posterPreloads()).toEqual([{ href: `/${POSTER_PATH}`, priority: 'high' }])
    document.head.innerHTML = ''
    openAt('?structure=l4-l5-disc')
    expect(posterPreloads()).toEqual([])
    openAt('?cause=sciatica')
    expect(posterPreloads()).toEqual([])
  })

  it('marks an embedded page, which is hidden until it is rendered in its own layout', () => {
    expect(openAt('?embed=1&structure=l4')).toEqual(['opens-link', 'opens-panel', 'opens-embed'])
    document.body.innerHTML = '<div id="root"><div class="app"></div></div>'
    expect(showsPrerenderedPage()).toBe(false)
    // Rendered afresh even where the inline script did not run (a stale hash in a server's policy).
    document.documentElement.className = ''
    expect(showsPrerenderedPage()).toBe(false)
  })

  it('is settled once the link is applied, and the page shows its prerendered content otherwise', () => {
    openAt('?structure=l4')
    settleOpeningLink()
    expect([...document.documentElement.classList]).toEqual([])
    document.body.innerHTML = '<div id="root"><div class="app"></div></div>'
    expect(showsPrerenderedPage()).toBe(true)
    document.body.innerHTML = '<div id="root"></div>'
    expect(showsPrerenderedPage()).toBe(false)
  })

  it('leaves the prerendered poster on screen only on the default view, so the code waits for its paint only there', () => {
    const withPoster = `<div id="root"><div class="app"><div class="model-poster" elementtiming="${POSTER_ELEMENT_TIMING}"></div></div></div>`
    openAt('')
    document.body.innerHTML = withPoster
    expect(posterShows()).toBe(true)
    // A deep link hides the poster (styles.css): it never paints, and waiting for it would only time out.
    openAt('?structure=l4-l5-disc')
    expect(posterShows()).toBe(false)
    openAt('?utm_source=leaflet')
    expect(posterShows()).toBe(true)
    document.body.innerHTML = '<div id="root"><div class="app"></div></div>'
    expect(posterShows()).toBe(false)
  })

  it('is the one inline script the Content-Security-Policy allows, by its hash', () => {
    const hashes = CSP_DIRECTIVES['script-src'].filter((source) => source.startsWith("'sha256-"))
    expect(hashes).toEqual([scriptHashSource(OPENING_LINK_SCRIPT)])
  })
})
