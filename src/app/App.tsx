import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react'
import { ErrorBoundary } from './ErrorBoundary'
import { hasWebGL2Api } from './webgl'
import { afterElementPainted, afterFirstPaint } from './after-first-paint'
import { prefersDataSaving } from './data-saving'
import { MODEL_URL, startModelDownload } from '../scene/model-request'
import { useUrlSync } from './use-url-sync'
import { opensEmbedded, useRendersPrerenderedPage } from '../ui/page-address'
import { useViewerCover } from './use-viewer-cover'
import { useExplorerStore } from '../store/explorer-store'
import { describeView } from '../store/describe-view'
import { describePose } from '../domain/movement'
import { findCause } from '../domain/causes'
import { SearchBox } from '../ui/SearchBox'
import { StructureTree } from '../ui/StructureTree'
import { STRUCTURE_TITLE_ID, StructurePanel } from '../ui/StructurePanel'
import { ViewerToolbar } from '../ui/ViewerToolbar'
import { ViewerStatus } from '../ui/ViewerStatus'
import { NoticeBanner } from '../ui/NoticeBanner'
import { LiveAnnouncer } from '../ui/LiveAnnouncer'
import { HoverLabel } from '../ui/HoverLabel'
import { Disclaimer } from '../ui/Disclaimer'
import { RedFlagsDialog } from '../ui/RedFlagsDialog'
import { SourcesDialog } from '../ui/SourcesDialog'
import { CausePicker } from '../ui/CausePicker'
import { CauseLegend } from '../ui/CauseLegend'
import { SkinPaintLegend } from '../ui/SkinPaintLegend'
import { UpdatePrompt } from '../ui/UpdatePrompt'
import { ModelPoster } from '../ui/ModelPoster'
import { posterShows } from './first-content'
import { POSTER_ELEMENT_TIMING } from '../ui/poster-element'
import { ClinicActions } from '../ui/ClinicActions'
import { MovementPanel } from '../ui/MovementPanel'
import { useShareLink } from '../ui/use-share-link'
import './embed.css'
import { CAUSES } from '../domain/causes'
import type { SearchEntry } from '../domain/search'

/** Causes are searchable too ("sciatica", "slipped disc"): picking one highlights it. */
const CAUSE_SEARCH_ENTRIES: readonly SearchEntry[] = CAUSES.map((cause) => ({
  id: `cause:${cause.id}`,
  label: `${cause.name} (cause)`,
  names: [cause.name, cause.shortName, cause.id],
  synonyms: [],
}))

function pickCauseFromSearch(id: string): void {
  useExplorerStore.getState().setCause(id.replace(/^cause:/, ''))
}

/**
 * The largest thing the page shows before the model, which the model's download waits for: the
 * poster on the default view (decoded after the text, so often painted a frame later), a
 * structure's explanation on a structure link (drawn once the prerendered page has hydrated).
 */
function firstContentShown(): string | null {
  if (useExplorerStore.getState().selectedId) return STRUCTURE_TITLE_ID
  // A deep link's page may still hold the prerendered poster, hidden: it never paints.
  return posterShows() ? POSTER_ELEMENT_TIMING : null
}

// three.js and the model download start once the page's text has painted, side by side, and
// after what the page shows first: a download that started before would share the line with it.
const ExplorerCanvas = lazy(async () => {
  await afterFirstPaint()
  const first = firstContentShown()
  if (first) await afterElementPainted(first)
  startModelDownload(MODEL_URL)
  return import('../scene/ExplorerCanvas')
})
// Tours and the self-test (their steps and question generators too) load when one is opened.
const learning = () => import('../ui/learning')
const ToursDialog = lazy(() => learning().then((m) => ({ default: m.ToursDialog })))
const TourPlayer = lazy(() => learning().then((m) => ({ default: m.TourPlayer })))
const QuizPanel = lazy(() => learning().then((m) => ({ default: m.QuizPanel })))

/**
 * The 3D view. A canvas is never prerendered (the lazy 3D chunk draws it): it mounts once the
 * prerendered page has hydrated, with the poster standing in until the model's first frame. Its
 * own component, so that only it renders again when hydration ends.
 */
function ModelView({ keyTarget }: { keyTarget: RefObject<HTMLElement | null> }) {
  const prerendered = useRendersPrerenderedPage()
  const graphics = useExplorerStore((s) => s.graphics)
  const modelDeferred = useExplorerStore((s) => s.modelDeferred)
  if (prerendered || graphics === 'unavailable' || modelDeferred) return null
  return (
    <ErrorBoundary fallback={(error) => <ViewFailed error={error} />}>
      <Suspense fallback={null}>
        <ExplorerCanvas keyTarget={keyTarget} />
      </Suspense>
    </ErrorBoundary>
  )
}

/**
 * What the 3D view shows, in words, for screen readers (the view's description). Its own
 * component: it changes with every pick, and in the app's root it re-rendered the whole interface.
 */
function ViewDescription() {
  const description = useExplorerStore((s) =>
    describeView({
      view: s.view,
      selectedId: s.selectedId,
      hiddenLayers: s.hiddenLayers,
      isolate: s.isolate,
      xray: s.xray,
      causeName: s.causeId ? (findCause(s.causeId)?.name ?? null) : null,
      poseName: describePose(s.pose),
    })
  )
  return (
    <p id="view-description" className="visually-hidden">
      {description}
    </p>
  )
}

/** In place of a 3D view that stopped with an error; the rest of the page (and its status) knows it failed. */
function ViewFailed({ error }: { error: Error }) {
  useEffect(() => useExplorerStore.getState().setGraphics('failed'), [])
  return (
    <div className="viewer-status viewer-status--error" role="alert">
      <h2>The 3D view stopped working</h2>
      <p>
        Something went wrong while drawing the model. Reloading the page usually fixes it. The explanations on this page
        still work.
      </p>
      <p className="viewer-status__detail">Details: {error.message}</p>
      <button type="button" onClick={() => location.reload()}>
        Reload the page
      </button>
    </div>
  )
}

/** An embedded explorer's way out: a new tab, so the host page stays as it is and gets no handle on it. */
function OpenFullExplorerLink() {
  const link = useShareLink()
  return (
    <a className="embed-open" href={link} target="_blank" rel="noopener noreferrer">
      Open in the full explorer
    </a>
  )
}

/**
 * The explorer: header, structure tree, 3D view, explanation panel and the disclaimer. Embedded
 * (`?embed=1`, inside another site's frame) it shows the 3D view and the explanation only, with a
 * link to the full explorer; it never talks to the page around it.
 */
export function App() {
  useUrlSync()
  // Read once: the URL tidying keeps `embed`, and a page does not move in or out of a frame. An
  // embedded page is rendered, not hydrated (`start-app.tsx`), so this may differ from the prerender.
  const [embed] = useState(opensEmbedded)
  // Refs, not state: an element put in state when React attaches it re-rendered the whole
  // interface at once, in the task that first showed it.
  const viewer = useRef<HTMLDivElement>(null)
  const panel = useRef<HTMLElement>(null)
  useViewerCover(viewer, panel)
  // Whether anything is picked, not what: a pick re-renders the panel and the tree, not the whole interface.
  const somethingSelected = useExplorerStore((s) => s.selectedId !== null)
  const painLookupOpen = useExplorerStore((s) => s.painLookupOpen)
  const activity = useExplorerStore((s) => s.activity?.kind ?? null)
  const movementOpen = useExplorerStore((s) => s.movementOpen)
  const [toursOpen, setToursOpen] = useState(false)
  const [treeOpen, setTreeOpen] = useState(false)

  useEffect(() => {
    const { setGraphics, setModelDeferred } = useExplorerStore.getState()
    setGraphics(hasWebGL2Api() ? 'checking' : 'unavailable')
    if (prefersDataSaving()) setModelDeferred(true)
  }, [])

  // Escape clears the selection (unless a dialog or the search list takes it first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return
      const state = useExplorerStore.getState()
      if (!state.redFlagsOpen && state.selectedId) state.select(null, { frame: false })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div
      className={`app${somethingSelected || painLookupOpen || activity || movementOpen ? ' app--panel-open' : ''}${embed ? ' app--embed' : ''}`}
    >
      <a className="skip-link" href="#structure-panel">
        Skip to the explanation
      </a>
      {!embed && (
        <header className="app-header">
          <h1 className="app-title">
            <span aria-hidden="true" className="app-title__mark">
              ⟡
            </span>{' '}
            Lower Back Explorer
          </h1>
          <SearchBox extraEntries={CAUSE_SEARCH_ENTRIES} onPickExtra={pickCauseFromSearch} />
          <CausePicker />
          <div className="app-header__actions">
            <button
              type="button"
              className="tree-toggle"
              aria-expanded={treeOpen}
              aria-controls="structure-tree"
              onClick={() => setTreeOpen(!treeOpen)}
            >
              Structures
            </button>
            <button
              type="button"
              aria-pressed={painLookupOpen}
              onClick={() => useExplorerStore.getState().setPainLookupOpen(!painLookupOpen)}
            >
              Where does it hurt?
            </button>
            <button
              type="button"
              aria-haspopup="dialog"
              aria-label="Tours and self-test"
              onClick={() => setToursOpen(true)}
            >
              <span className="label-long">Tours and self-test</span>
              <span className="label-short" aria-hidden="true">
                Tours
              </span>
            </button>
            <button
              type="button"
              className="red-flags-button"
              aria-label="When to get urgent help"
              onClick={() => useExplorerStore.getState().setRedFlagsOpen(true)}
              aria-keyshortcuts="Alt+U"
            >
              <span className="label-long">When to get urgent help</span>
              <span className="label-short" aria-hidden="true">
                Urgent help
              </span>
            </button>
          </div>
        </header>
      )}
      <NoticeBanner />
      <main className="app-main">
        {!embed && (
          <nav
            id="structure-tree"
            className={`app-sidebar${treeOpen ? ' app-sidebar--open' : ''}`}
            aria-label="Structures"
          >
            <StructureTree />
          </nav>
        )}
        <section className="viewer" aria-label="3D model">
          <div
            ref={viewer}
            className="viewer__canvas"
            tabIndex={0}
            role="application"
            aria-roledescription="3D model"
            aria-label="3D model of the lower back"
            aria-describedby="view-description"
          >
            <ModelPoster />
            <ModelView keyTarget={viewer} />
          </div>
          <ViewDescription />
          <div className="legends">
            <CauseLegend />
            <SkinPaintLegend />
          </div>
          <ViewerStatus />
          <ViewerToolbar />
          {/* A name under the pointer would give "find it" questions away. */}
          {activity !== 'quiz' && <HoverLabel />}
        </section>
        <aside ref={panel} id="structure-panel" className="panel" aria-label="Explanation" tabIndex={-1}>
          {embed && <OpenFullExplorerLink />}
          {activity === 'quiz' ? (
            <Suspense fallback={null}>
              <QuizPanel />
            </Suspense>
          ) : (
            <>
              {activity === 'tour' && (
                <Suspense fallback={null}>
                  <TourPlayer />
                </Suspense>
              )}
              <ClinicActions />
              {movementOpen && <MovementPanel />}
              <StructurePanel />
            </>
          )}
        </aside>
      </main>
      <Disclaimer />
      {toursOpen && (
        <Suspense fallback={null}>
          <ToursDialog open onClose={() => setToursOpen(false)} />
        </Suspense>
      )}
      <RedFlagsDialog />
      <SourcesDialog />
      <LiveAnnouncer />
      <UpdatePrompt />
    </div>
  )
}
