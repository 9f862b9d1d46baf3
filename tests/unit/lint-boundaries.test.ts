// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

const eslint = new ESLint({ cwd: process.cwd() })

/** Lints probe code as if it were an existing file of that folder (typed lint needs a real path). */
async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import direction is enforced by lint', () => {
  it('forbids React and three.js in the domain', async () => {
    expect(
      await restrictedImportErrors(
        'src/domain/views.ts',
        "import { useState } from 'react'\nexport const x = useState\n"
      )
    ).toHaveLength(1)
    expect(
      await restrictedImportErrors('src/domain/views.ts', "import { Mesh } from 'three'\nexport const x = Mesh\n")
    ).toHaveLength(1)
  })

  it('forbids three.js in the UI', async () => {
    expect(
      await restrictedImportErrors('src/ui/HoverLabel.tsx', "import { Mesh } from 'three'\nexport const x = Mesh\n")
    ).toHaveLength(1)
  })

  it('forbids app code from importing the Node-only generator', async () => {
    for (const file of ['src/app/webgl.ts', 'src/scene/marks.ts', 'src/ui/HoverLabel.tsx']) {
      expect(
        await restrictedImportErrors(file, "import * as m from '../model/measurements'\nexport const x = m\n")
      ).toHaveLength(1)
    }
  })

  it('allows the right direction', async () => {
    expect(
      await restrictedImportErrors(
        'src/ui/HoverLabel.tsx',
        "import { STRUCTURES } from '../domain/structures'\nexport const x = STRUCTURES\n"
      )
    ).toEqual([])
    expect(
      await restrictedImportErrors('src/scene/marks.ts', "import { Mesh } from 'three'\nexport const x = Mesh\n")
    ).toEqual([])
  })
})
