import type { Group, Mesh, SkinnedMesh } from 'three'
import type { GLTFLoaderPlugin, GLTFParser } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { nextTask } from './next-task'

/**
 * Building the model's 170 meshes once their data is decoded took one main-thread task of 160 ms
 * in a cold Lighthouse run (then counted four times over by its phone simulation). Built one
 * after another, with the browser given a turn whenever this much has been spent, no task holds
 * the parse for long.
 */
export const MESH_SLICE_MS = 8

interface MeshDefinitions {
  meshes?: { primitives?: { attributes?: Record<string, number>; indices?: number }[] }[]
}

type LoadedMesh = Group | Mesh | SkinnedMesh

/**
 * A GLTFLoader plugin that spreads the parse of the meshes over tasks: each mesh asks for its
 * data (which posts its compressed buffers to the decoder) and, once that is decoded, is built,
 * in turn with the others, and the browser gets a turn whenever `budgetMs` has run since its
 * last. The meshes are the parser's own (`parser.loadMesh`): only when the work is done changes.
 */
export function meshesInSlices(
  budgetMs = MESH_SLICE_MS,
  now: () => number = () => performance.now(),
  yieldTask: () => Promise<void> = nextTask
): (parser: GLTFParser) => GLTFLoaderPlugin {
  return (parser) => {
    const json = parser.json as MeshDefinitions
    let turns: Promise<unknown> = Promise.resolve()
    let sliceStart = now()
    /** Runs `work` after all work queued before it, in a new task once this one has run its budget. */
    const inTurn = <R>(work: () => R | Promise<R>): Promise<R> => {
      const run = turns.then(async (): Promise<R> => {
        if (now() - sliceStart >= budgetMs) {
          await yieldTask()
          sliceStart = now()
        }
        return work()
      })
      // A mesh that fails fails the load (the parser rejects); the turns themselves go on.
      turns = run.catch(() => undefined)
      return run
    }
    return {
      name: 'meshes_in_slices',
      loadMesh(meshIndex) {
        const accessors = (json.meshes?.[meshIndex]?.primitives ?? []).flatMap((p) => [
          ...Object.values(p.attributes ?? {}),
          ...(p.indices === undefined ? [] : [p.indices]),
        ])
        // The turn ends once the data is asked for (wrapped, so the turn does not wait for the
        // decoder); the mesh is built in a later turn, once it has arrived.
        return inTurn(() => ({ decoded: Promise.all(accessors.map((a) => parser.getDependency('accessor', a))) }))
          .then(({ decoded }) => decoded)
          .then(() => inTurn((): Promise<LoadedMesh> => parser.loadMesh(meshIndex)))
      },
    }
  }
}
