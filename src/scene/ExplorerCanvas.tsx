import { useCallback, useEffect, useState, type RefObject } from 'react'
import { Canvas, type GLProps, type RootState } from '@react-three/fiber'
import { WebGLRenderer, type Object3D } from 'three'
import { useExplorerStore } from '../store/explorer-store'
import { LumbarModel } from './LumbarModel'
import { CameraRig } from './CameraRig'
import { CoveredViewProjection } from './CoveredViewProjection'
import { StructureLabels } from './StructureLabels'
import { SnapshotTaker } from './SnapshotTaker'
import { loadModel, MODEL_URL, ModelLoadError } from './load-model'
import { markOnce } from './marks'
import { afterNextFrame } from './next-frame'
import { disposeScene, type ModelIndex } from './model-index'
import { nextTask } from './next-task'
import { MODEL_PREPARATION } from './prepare-model'
import { publishScene } from './scene-inspection'

export interface ExplorerCanvasProps {
  /** The focusable element around the canvas that receives keyboard camera controls. */
  keyTarget: RefObject<HTMLElement | null>
  /** Model URL; defaults to the generated GLB. */
  modelUrl?: string
}

export const SCENE_BACKGROUND = '#1b2430'

/**
 * The display's own density, capped at 2: a low-density display (or a page zoomed out) is drawn
 * at its own pixels rather than over-sampled, and a 3× phone at 2×.
 */
const DPR_RANGE: [number, number] = [0.5, 2]

const CONTEXT_ATTRIBUTES: WebGLContextAttributes = { antialias: true, powerPreference: 'high-performance' }

/**
 * The renderer on R3F's own canvas, whose context is the page's first (no probe context before
 * it: creating one costs as much as the real one). Where WebGL 2 is switched off the context is
 * null: the 3D view reports that and gives up, and the app replaces it with its message.
 */
const createRendererOrGiveUp: GLProps = async (defaults) => {
  const canvas = defaults.canvas as HTMLCanvasElement
  // Created at the start of a frame, when the GPU process has composited the page's last one. In
  // Lighthouse's phone runs (A/B, 10 runs each) the longest start-up task went from 217–500 ms to
  // 166–208 ms and the median blocking time from 660 to 460 ms; the model showed no later.
  await afterNextFrame()
  // The context starts at the size it is drawn at: the view's size (R3F measures the canvas's
  // parent) at the display's density. Each resize of the drawing buffer is a long wait on the GPU
  // process (28 ms of a 105 ms start-up task under SwiftShader), and R3F's own setPixelRatio and
  // setSize then change nothing.
  const box = (canvas.parentElement ?? canvas).getBoundingClientRect()
  const dpr = Math.min(Math.max(DPR_RANGE[0], window.devicePixelRatio), DPR_RANGE[1])
  canvas.width = Math.floor(box.width * dpr)
  canvas.height = Math.floor(box.height * dpr)
  const context = canvas.getContext('webgl2', CONTEXT_ATTRIBUTES)
  if (!context) {
    useExplorerStore.getState().setGraphics('unavailable')
    // Never settles: the app unmounts this view on 'unavailable', and nothing is drawn meanwhile.
    return new Promise<WebGLRenderer>(() => {})
  }
  const renderer = new WebGLRenderer({ ...defaults, ...CONTEXT_ATTRIBUTES, canvas, context })
  // Size and density together, as the canvas already has them: no resize.
  renderer.setDrawingBufferSize(box.width, box.height, dpr)
  return renderer
}

/** The 3D view: loads the model, renders it on demand and handles a lost WebGL context. */
export default function ExplorerCanvas({ keyTarget, modelUrl = MODEL_URL }: ExplorerCanvasProps) {
  const [scene, setScene] = useState<Object3D | null>(null)
  const [index, setIndex] = useState<ModelIndex | null>(null)
  // An error that is not about loading the file (a bug) goes to the error boundary as itself.
  const [failure, setFailure] = useState<Error | null>(null)
  if (failure) throw failure

  useEffect(() => {
    let cancelled = false
    const { setModel } = useExplorerStore.getState()
    setModel({ state: 'loading', loaded: 0, total: null })
    loadModel(modelUrl, (p) => {
      if (!cancelled) setModel({ state: 'loading', loaded: p.loaded, total: p.total })
    })
      .then(async (gltf) => {
        // One task per step, and the mount in a task after them (./prepare-model.ts).
        for (const step of MODEL_PREPARATION) {
          await nextTask()
          if (cancelled) return
          step(gltf.scene)
        }
        await nextTask()
        if (cancelled) return
        setScene(gltf.scene)
        // The interface hears that the model is ready in a task of its own: told in the same
        // one, its re-render (status line, toolbar, the service worker's start) was flushed
        // with the scene's mount, and lengthened that task.
        await nextTask()
        if (cancelled) return
        setModel({ state: 'ready' })
      })
      .catch((error: unknown) => {
        if (cancelled) return
        if (error instanceof ModelLoadError) setModel({ state: 'error', kind: error.kind, detail: error.message })
        else setFailure(error instanceof Error ? error : new Error(String(error)))
      })
    return () => {
      cancelled = true
    }
  }, [modelUrl])

  // The loaded scene's geometries and materials are freed when it is replaced or unmounted.
  useEffect(() => {
    if (!scene) return
    return () => disposeScene(scene)
  }, [scene])

  const onCreated = (state: RootState) => {
    markOnce('canvas-created')
    // Picking needs only the nearest hit; three-mesh-bvh stops at the first one.
    state.raycaster.firstHitOnly = true
    // Per-material clipping: the shell round a picked nucleus is cut open on the viewer's side.
    state.gl.localClippingEnabled = true
    publishScene({ getR3f: state.get })
    const canvas = state.gl.domElement
    const { setGraphics } = useExplorerStore.getState()
    canvas.addEventListener('webglcontextlost', (event) => {
      // Tell the browser we will handle restoration; three re-uploads resources on restore.
      event.preventDefault()
      setGraphics('context-lost')
    })
    canvas.addEventListener('webglcontextrestored', () => {
      setGraphics('ok')
      state.invalidate()
    })
    setGraphics('ok')
  }

  const onIndexed = useCallback((i: ModelIndex) => {
    setIndex(i)
    publishScene({ index: i })
  }, [])

  return (
    <Canvas
      frameloop="demand"
      dpr={DPR_RANGE}
      camera={{ fov: 35, near: 0.005, far: 20, position: [-0.6, 0.3, -0.8] }}
      gl={createRendererOrGiveUp}
      onCreated={onCreated}
      onPointerMissed={(event) => {
        if (event.type === 'click') useExplorerStore.getState().select(null)
      }}
      aria-hidden="true"
    >
      <color attach="background" args={[SCENE_BACKGROUND]} />
      {/* The ambient light comes with the model (ModelLighting): its baked studio environment. */}
      <directionalLight position={[-1.5, 2.5, -2]} intensity={2.2} />
      <directionalLight position={[2, 0.5, 1.5]} intensity={0.7} />
      {scene && <LumbarModel scene={scene} onIndexed={onIndexed} />}
      <CoveredViewProjection />
      <CameraRig index={index} keyTarget={keyTarget} />
      {index && <StructureLabels index={index} />}
      <SnapshotTaker />
    </Canvas>
  )
}
