/**
 * Builds the model into the build cache (src/model/build-cache.ts) unless a build of the same
 * inputs is already there. `npm test` runs it beside its first checks, so the model tests find the
 * build made (on a fresh clone, a cold build of minutes, on the core the linters leave idle).
 */
import { cachedBuild } from '../src/model/build-cache'

const build = await cachedBuild()
const how = build.hit ? 'already in the build cache' : 'built into the build cache'
console.log(`model ${how} in ${build.seconds.toFixed(1)} s, key ${build.key}`)
