import { describe, expect, it } from 'vitest'
import { findStructure, STRUCTURES } from '../../../src/domain/structures'
import { ATLAS_DIRECTIONS, atlasViewOf, VIEW_DIRECTIONS } from '../../../src/domain/views'

describe('atlas views', () => {
  it('shows the back muscles from behind, quadratus lumborum from in front and the flank muscles from in front and to their own side', () => {
    expect(atlasViewOf(findStructure('multifidus-left')!)).toBe('back')
    expect(atlasViewOf(findStructure('quadratus-lumborum-right')!)).toBe('front')
    expect(atlasViewOf(findStructure('rectus-abdominis-left')!)).toBe('front')
    expect(atlasViewOf(findStructure('external-oblique-left')!)).toBe('front-left')
    expect(atlasViewOf(findStructure('internal-oblique-right')!)).toBe('front-right')
    // Anterolateral: from the patient's front (+Z) and their own side (+X is the patient's left).
    const [x, , z] = ATLAS_DIRECTIONS['front-left']
    expect(x).toBeGreaterThan(0)
    expect(z).toBeGreaterThan(0)
    expect(ATLAS_DIRECTIONS['front-right'][0]).toBeLessThan(0)
    // The buttock and thigh muscles as an atlas shows them.
    expect(atlasViewOf(findStructure('gluteus-maximus-left')!)).toBe('back')
    expect(atlasViewOf(findStructure('gluteus-medius-right')!)).toBe('right')
    expect(atlasViewOf(findStructure('gluteus-minimus-left')!)).toBe('left')
    expect(atlasViewOf(findStructure('piriformis-left')!)).toBe('back')
    expect(atlasViewOf(findStructure('hamstrings-right')!)).toBe('back')
    expect(atlasViewOf(findStructure('rectus-femoris-left')!)).toBe('front')
    // The fascia over them and the cord down the spinous processes, too (seen end-on from above otherwise).
    expect(atlasViewOf(findStructure('thoracolumbar-fascia')!)).toBe('back')
    expect(atlasViewOf(findStructure('supraspinous-ligament')!)).toBe('back')
    // A midline structure's own side is the patient's left.
    expect(atlasViewOf(findStructure('interspinous-ligament')!)).toBe('left')
    // The kidney from behind, the inguinal ligament from the front.
    expect(atlasViewOf(findStructure('kidney-right')!)).toBe('back')
    expect(atlasViewOf(findStructure('inguinal-ligament-left')!)).toBe('front')
    // The posterior longitudinal ligament from behind; the sacral roots from in front and below, the lumbar
    // roots from behind and to their own side (where their level can still be counted).
    expect(atlasViewOf(findStructure('posterior-longitudinal-ligament')!)).toBe('back')
    expect(atlasViewOf(findStructure('s2-root-left')!)).toBe('front-below')
    expect(atlasViewOf(findStructure('l1-root-left')!)).toBe('back-left')
    expect(atlasViewOf(findStructure('l5-root-right')!)).toBe('back-right')
    // The canal's contents from behind, with the laminae lifted away (from above the cauda
    // equina is a few stubs seen end-on).
    expect(atlasViewOf(findStructure('cauda-equina')!)).toBe('back')
    expect(atlasViewOf(findStructure('dural-sac')!)).toBe('back')
    // The hip joint from the front (its capsule's Y between pelvis and femur).
    expect(atlasViewOf(findStructure('hip-joint-right')!)).toBe('front')
    // The hip bone from its own side turned a little toward the back (the wing's outer face, the
    // greater sciatic notch in profile, acetabulum and obturator foramen; from behind its wing stood
    // edge-on), the femur from the front (the neck's angle, the trochanters).
    expect(atlasViewOf(findStructure('hip-bone-right')!)).toBe('right-turned-back')
    const [sideways, , backwards] = ATLAS_DIRECTIONS['left-turned-back']
    expect(sideways).toBeGreaterThan(0)
    expect(backwards).toBeLessThan(0)
    expect(Math.abs(backwards)).toBeLessThan(sideways / 2)
    expect(atlasViewOf(findStructure('femur-left')!)).toBe('front')
    // The gluteal tendons from their own side, on the greater trochanter they wrap.
    expect(atlasViewOf(findStructure('gluteal-tendons-left')!)).toBe('left')
    // The sacrum from behind, as it is palpated (from below and in front it read as a cone); a
    // nucleus from the front, inside its disc cut open between the two bodies, which count its level
    // (the lumbosacral one from below, square to the disc's front on the sloping sacrum).
    expect(atlasViewOf(findStructure('sacrum')!)).toBe('back')
    expect(atlasViewOf(findStructure('l4-l5-nucleus-pulposus')!)).toBe('front')
    expect(findStructure('l4-l5-nucleus-pulposus')!.framedWith).toEqual(['l4', 'l5'])
    expect(atlasViewOf(findStructure('l5-s1-nucleus-pulposus')!)).toBe('front-below')
    expect(ATLAS_DIRECTIONS['front-below'][1]).toBeLessThan(0)
    // A facet joint from behind and its own side: its capsule between the articular processes,
    // with the joint's curve round the inferior process at its flank.
    expect(atlasViewOf(findStructure('l4-l5-facet-left')!)).toBe('back-left')
    expect(atlasViewOf(findStructure('l2-l3-facet-right')!)).toBe('back-right')
    expect(ATLAS_DIRECTIONS['back-left'][0]).toBeGreaterThan(0)
    expect(ATLAS_DIRECTIONS['back-left'][2]).toBeLessThan(0)
    // A lumbar vertebra is framed with every bone below it to the sacrum kept solid, and the iliac
    // wings lifted away, so its level can be counted from the sacrum.
    expect(findStructure('l4')!.framedWith).toEqual(['l5', 'sacrum'])
    expect(findStructure('l1')!.framedWith).toEqual(['l2', 'l3', 'l4', 'l5', 'sacrum'])
    expect(findStructure('l5')!.framedWithout).toEqual(['hip-bone-left', 'hip-bone-right'])
    // So is a lower facet joint or nerve root (from L3 down): with the iliac wings in front, the
    // L4 root was read as L3's. Higher ones are counted from the 12th rib, and keep the wings.
    expect(findStructure('l4-root-right')!.framedWith).toEqual(['l3', 'l4', 'l5', 'sacrum'])
    expect(findStructure('l4-root-right')!.framedWithout).toEqual(['hip-bone-left', 'hip-bone-right'])
    expect(findStructure('l3-l4-facet-left')!.framedWith).toEqual(['l3', 'l4', 'l5', 'sacrum'])
    expect(findStructure('l1-root-left')!.framedWith).toEqual(['t12', 'l1'])
    expect(findStructure('l2-root-left')!.framedWithout).toBeUndefined()
    // The iliolumbar ligament from behind, from L5's transverse process under the iliac crest.
    expect(atlasViewOf(findStructure('iliolumbar-ligament-left')!)).toBe('back')
    expect(findStructure('iliolumbar-ligament-right')!.framedWith).toEqual(['l5', 'sacrum', 'hip-bone-right'])
    // The posterior sacroiliac ligaments cap their joints' backs.
    expect(atlasViewOf(findStructure('posterior-sacroiliac-ligament-right')!)).toBe('back')
    // The sacroiliac joint's ear shape faces sideways.
    expect(atlasViewOf(findStructure('sacroiliac-joint-left')!)).toBe('left')
    // The left view looks from the patient's left (+X), where a left structure faces.
    expect(VIEW_DIRECTIONS.left[0]).toBeGreaterThan(0)
  })

  it('leaves a structure without one to the reveal, which finds the view that hides it least', () => {
    expect(atlasViewOf(findStructure('sacrospinous-ligament-left')!)).toBeUndefined()
    // Only muscles, the long sheets and cords laid along the back, the interspinous ligaments, the
    // facet, sacroiliac and hip joints, the discs and their nuclei, the iliolumbar, posterior sacroiliac, sacrotuberous and
    // longitudinal ligaments, the cord, sac and cauda equina, the nerve roots, the nerves of the back of the
    // thigh, the inferior gluteal nerves (from behind, under their muscle), the lumbosacral trunks (from the front), the inguinal ligaments, the gluteal tendons, the sacrum, the lumbar vertebrae and hip
    // bones (from their own side), the femurs (from the front) and the kidneys have one.
    expect(
      STRUCTURES.filter((s) => s.atlasView && s.kind !== 'muscle')
        .map((s) => s.id)
        .sort()
    ).toEqual([
      'cauda-equina',
      'common-fibular-nerve-left',
      'common-fibular-nerve-right',
      'dural-sac',
      'femur-left',
      'femur-right',
      'gluteal-tendons-left',
      'gluteal-tendons-right',
      'hip-bone-left',
      'hip-bone-right',
      'hip-joint-left',
      'hip-joint-right',
      'iliolumbar-ligament-left',
      'iliolumbar-ligament-right',
      'inferior-gluteal-nerve-left',
      'inferior-gluteal-nerve-right',
      'inguinal-ligament-left',
      'inguinal-ligament-right',
      'interspinous-ligament',
      'kidney-left',
      'kidney-right',
      ...[1, 2, 3, 4].flatMap((k) => [
        `l${k}`,
        `l${k}-l${k + 1}-disc`,
        `l${k}-l${k + 1}-facet-left`,
        `l${k}-l${k + 1}-facet-right`,
        `l${k}-l${k + 1}-nucleus-pulposus`,
        `l${k}-root-left`,
        `l${k}-root-right`,
      ]),
      'l5',
      'l5-root-left',
      'l5-root-right',
      'l5-s1-disc',
      'l5-s1-facet-left',
      'l5-s1-facet-right',
      'l5-s1-nucleus-pulposus',
      'lateral-femoral-cutaneous-nerve-left',
      'lateral-femoral-cutaneous-nerve-right',
      'lumbosacral-trunk-left',
      'lumbosacral-trunk-right',
      'posterior-longitudinal-ligament',
      'posterior-sacroiliac-ligament-left',
      'posterior-sacroiliac-ligament-right',
      ...['s1', 's2', 's3'].flatMap((l) => [`${l}-root-left`, `${l}-root-right`]),
      'sacroiliac-joint-left',
      'sacroiliac-joint-right',
      'sacrotuberous-ligament-left',
      'sacrotuberous-ligament-right',
      'sacrum',
      'sciatic-nerve-left',
      'sciatic-nerve-right',
      'spinal-cord',
      'supraspinous-ligament',
      'thoracolumbar-fascia',
      'tibial-nerve-left',
      'tibial-nerve-right',
    ])
  })
})
