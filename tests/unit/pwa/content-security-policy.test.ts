// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_HEADER,
  CSP_DIRECTIVES,
} from '../../../src/pwa/content-security-policy'

describe('the Content-Security-Policy', () => {
  it('allows no inline script, no eval and no other host', () => {
    const sources: string[] = Object.values(CSP_DIRECTIVES).flat()
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
    // Keywords only, plus the page's own object URLs for the handout's snapshot: no host, no data:.
    expect(sources.filter((source) => !source.startsWith("'"))).toEqual(['blob:'])
  })

  it('allows blob: for images only (the handout snapshot), never for scripts, styles or connections', () => {
    expect(CSP_DIRECTIVES['img-src']).toEqual(["'self'", 'blob:'])
    for (const [name, values] of Object.entries(CSP_DIRECTIVES)) {
      if (name !== 'img-src') expect(values, name).not.toContain('blob:')
    }
  })

  it('is the policy the README tells servers to send', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(CONTENT_SECURITY_POLICY)
    // nginx and Netlify examples, with frame-ancestors.
    expect(readme.split(CONTENT_SECURITY_POLICY_HEADER)).toHaveLength(3)
  })
})
