/**
 * `npm test`: every check in order (format, lint, types, unit and scene tests, model
 * freshness, end-to-end tests in Chromium), then a summary. Stops at nothing: every step runs,
 * so one failure does not hide another, and the exit code is non-zero if any step failed.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

interface Step {
  name: string
  command: string[]
  /** Vitest JSON report to read test counts from. */
  report?: string
}

const runStarted = performance.now()
const RESULTS = join('node_modules', '.cache', 'test-results')
rmSync(RESULTS, { recursive: true, force: true })
mkdirSync(RESULTS, { recursive: true })

const bin = (name: string) => join('node_modules', '.bin', name)
const vitest = (name: string, args: string[]): Step => {
  const report = join(RESULTS, `${name}.json`)
  return {
    name,
    command: [bin('vitest'), 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    report,
  }
}

/** Runs a script in the background, its output kept for the log; resolves with its outcome. */
function inBackground(name: string, script: string): Promise<Outcome> {
  return new Promise((done) => {
    const log = join(RESULTS, `${name.replace(/\W+/g, '-')}.log`)
    const started = performance.now()
    const out = createWriteStream(log)
    const child = spawn(bin('tsx'), [script], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.pipe(out)
    child.stderr.pipe(out)
    child.on('close', (code) => {
      out.end(() => {
        console.log(`\n━━ ${name} (in the background) ━━\n${readFileSync(log, 'utf8').trimEnd()}`)
        done({ name, ok: code === 0, seconds: (performance.now() - started) / 1000 })
      })
    })
  })
}

const E2E_TESTS = 'end-to-end (Chromium)'

/**
 * The model build (minutes on a fresh clone) starts at once, beside the checks, and the model
 * tests wait for it: they then load it from the build cache. With MODEL_BUILD_CACHE=off there is
 * no cache to fill, and the model tests build it themselves.
 */
const modelBuild: Promise<Outcome> | undefined =
  process.env.MODEL_BUILD_CACHE === 'off'
    ? undefined
    : inBackground('model build', join('tests', 'warm-model-build.ts'))

const MODEL_TESTS = 'model tests and freshness'

const steps: Step[] = [
  { name: 'format (prettier)', command: [bin('prettier'), '--check', '--log-level', 'warn', '.'] },
  { name: 'lint (eslint)', command: [bin('eslint'), '--max-warnings', '0', '.'] },
  { name: 'types (tsc)', command: [bin('tsc'), '--noEmit'] },
  // One worker while the model builds beside it, so the build keeps the other core (with two
  // workers beside it, the unit tests took 157 s and the build 376 s, against about 200 s alone).
  vitest('unit and scene tests', ['--exclude', 'tests/unit/model/**', ...(modelBuild ? ['--maxWorkers=1'] : [])]),
  // One worker without isolation, so the model files share one build instead of each making its own.
  // The build comes from node_modules/.cache/model-build: made in this run by the background build
  // above when any of the generator's inputs changed (as on a fresh clone), and the freshness test
  // compares it with the committed GLB. MODEL_BUILD_CACHE=off makes this step build it itself.
  vitest(MODEL_TESTS, ['tests/unit/model', '--no-isolate', '--no-file-parallelism']),
  vitest(E2E_TESTS, ['--config', 'vitest.e2e.config.ts']),
]

interface Outcome {
  name: string
  ok: boolean
  seconds: number
  passed?: number
  failed?: number
}

/**
 * The app for the e2e tests builds beside the model tests (one worker, so a core is free), and
 * the e2e step then skips its own build; if this build fails, the e2e step builds again and
 * shows why.
 */
let appBuild: Promise<Outcome> | undefined

const outcomes: Outcome[] = []
for (const step of steps) {
  if (step.name === MODEL_TESTS && modelBuild) outcomes.push(await modelBuild)
  if (step.name === MODEL_TESTS)
    appBuild = inBackground('app build for the e2e tests', join('tests', 'build-e2e-app.ts'))
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '1' }
  if (step.name === E2E_TESTS && appBuild) {
    const built = await appBuild
    outcomes.push(built)
    if (built.ok) env.E2E_SKIP_BUILD = '1'
  }
  console.log(`\n━━ ${step.name} ━━`)
  const started = performance.now()
  const [command, ...args] = step.command
  const run = spawnSync(command!, args, { stdio: 'inherit', env })
  const outcome: Outcome = { name: step.name, ok: run.status === 0, seconds: (performance.now() - started) / 1000 }
  if (step.report && existsSync(step.report)) {
    const report = JSON.parse(readFileSync(step.report, 'utf8')) as { numPassedTests: number; numFailedTests: number }
    outcome.passed = report.numPassedTests
    outcome.failed = report.numFailedTests
  }
  outcomes.push(outcome)
}

console.log('\n━━ summary ━━')
for (const o of outcomes) {
  const counts = o.passed !== undefined ? `  ${o.passed} passed, ${o.failed ?? 0} failed` : ''
  console.log(`${o.ok ? 'ok  ' : 'FAIL'}  ${o.name.padEnd(28)} ${o.seconds.toFixed(1).padStart(6)} s${counts}`)
}
const passed = outcomes.reduce((n, o) => n + (o.passed ?? 0), 0)
const failed = outcomes.reduce((n, o) => n + (o.failed ?? 0), 0)
const failedSteps = outcomes.filter((o) => !o.ok).length
// Wall time: the model build overlaps the first steps.
const total = (performance.now() - runStarted) / 1000
console.log(`\n${failedSteps === 0 ? 'All checks passed' : `${failedSteps} step(s) failed`} in ${total.toFixed(0)} s.`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failedSteps === 0 ? 0 : 1)
