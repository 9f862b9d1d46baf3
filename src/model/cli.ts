/**
 * `npm run model`: builds public/models/lumbar-spine.glb and prints its statistics.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildLumbarSpine } from './build'

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/models/lumbar-spine.glb')

async function main(): Promise<void> {
  const start = performance.now()
  const model = await buildLumbarSpine()
  mkdirSync(dirname(OUT), { recursive: true })
  writeFileSync(OUT, model.glb)
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  const v = model.validation
  console.log(`wrote ${OUT}`)
  console.log(`triangles ${model.triangles}, meshes ${model.meshes}, bytes ${model.glb.byteLength}`)
  console.log(
    `validator (uncompressed): errors ${v.numErrors}, warnings ${v.numWarnings}, infos ${v.numInfos}, hints ${v.numHints}`
  )
  console.log(`time ${seconds} s`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
