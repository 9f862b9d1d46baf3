// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Builds a no-restricted-imports rule so a wrong-direction import fails lint (see style.md). */
function forbid(...groups) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: groups.map(([group, message]) => ({ group, message })),
      },
    ],
  }
}

const REACT = [
  ['react', 'react-dom', 'react/*', 'react-dom/*', '@react-three/*'],
  'src/domain is plain data: no React.',
]
const THREE = [['three', 'three/*', 'three-mesh-bvh'], 'This layer must not import three.js.']
const MODEL = [
  ['**/model', '**/model/*', '**/model/**'],
  'src/model is the Node-only generator: app code never imports it.',
]
const UI = [['**/ui', '**/ui/*', '**/ui/**'], 'Only src/app composes the UI.']
const SCENE = [['**/scene', '**/scene/*', '**/scene/**'], 'Only src/app composes the scene.']
const STORE = [['**/store', '**/store/*', '**/store/**'], 'This layer must not read the store.']
const APP = [['**/app', '**/app/*', '**/app/**'], 'Nothing imports the composition root.']
const E2E = [['**/e2e/*', '**/e2e/**'], "src/e2e is the test build's own entry: the app never imports it."]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'public',
      'tests/bench/results',
      'tests/e2e/screenshots',
      'coverage',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  reactHooks.configs.flat.recommended,
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // zustand actions are closures over the store, not methods that use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // Scene code mutates three.js objects (materials, visibility, camera) by design: that is how
  // R3F applies imperative changes. The React Compiler's immutability rule reads those as bugs.
  { files: ['src/scene/**'], rules: { 'react-hooks/immutability': 'off' } },
  // Dependency direction: domain <- store <- scene, ui <- app; model uses domain only for ids.
  { files: ['src/domain/**'], rules: forbid(REACT, THREE, MODEL, UI, SCENE, STORE, APP, E2E) },
  { files: ['src/store/**'], rules: forbid(REACT, THREE, MODEL, UI, SCENE, APP, E2E) },
  { files: ['src/ui/**'], rules: forbid(THREE, MODEL, SCENE, APP, E2E) },
  { files: ['src/scene/**'], rules: forbid(MODEL, UI, APP, E2E) },
  { files: ['src/app/**'], rules: forbid(MODEL, E2E) },
  { files: ['src/e2e/**'], rules: forbid(MODEL, UI, APP) },
  { files: ['src/model/**'], rules: forbid(REACT, UI, SCENE, STORE, APP) }
)
