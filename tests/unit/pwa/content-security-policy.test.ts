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
    const sources = Object.values(CSP_DIRECTIVES).flat() as string[]
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
    expect(sources.every((source) => source.startsWith("'"))).toBe(true)
  })

  it('is the policy the README tells servers to send', () => {
    const readme = readFileSync('README.md', 'utf8')
    expect(readme).toContain(CONTENT_SECURITY_POLICY)
    // nginx and Netlify examples, with frame-ancestors.
    expect(readme.split(CONTENT_SECURITY_POLICY_HEADER)).toHaveLength(3)
  })
})
