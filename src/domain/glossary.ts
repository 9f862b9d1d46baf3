/**
 * Plain definitions of the technical terms that remain in the content, and pure functions that
 * find them in a text, so the panel can show each as an accessible tooltip.
 */

export interface GlossaryEntry {
  readonly id: string
  /** The term as it is usually written. */
  readonly term: string
  /** Other spellings and forms matched in text (plurals, short forms). */
  readonly aliases: readonly string[]
  /** One plain sentence. */
  readonly definition: string
}

function entry(id: string, term: string, definition: string, aliases: readonly string[] = []): GlossaryEntry {
  return { id, term, aliases, definition }
}

/** Every term, alphabetical. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  entry('annulus-fibrosus', 'annulus fibrosus', 'The tough outer wall of a disc, made of layered rings of fibre.', [
    'annulus',
    'disc wall',
  ]),
  entry(
    'anterior-superior-iliac-spine',
    'anterior superior iliac spine',
    'The bony point you can feel at the front of each hip.',
    ['ASIS']
  ),
  entry(
    'axial-spondyloarthritis',
    'axial spondyloarthritis',
    'An immune disease that inflames the sacroiliac joints and the spine; ankylosing spondylitis is one form.',
    ['axSpA', 'ankylosing spondylitis', 'spondyloarthritis']
  ),
  entry(
    'basivertebral-nerve',
    'basivertebral nerve',
    'A small nerve that enters the back of a vertebral body and carries pain signals from inside the bone.'
  ),
  entry(
    'cauda-equina',
    'cauda equina',
    'The bundle of nerve roots that hangs down inside the lower spinal canal below the end of the spinal cord.'
  ),
  entry(
    'cauda-equina-syndrome',
    'cauda equina syndrome',
    'Squeezing of the whole bundle of lower nerve roots, causing saddle numbness, bladder or bowel problems or weakness in both legs; it is an emergency.'
  ),
  entry('coccydynia', 'coccydynia', 'Pain in the tailbone.'),
  entry(
    'conus-medullaris',
    'conus medullaris',
    'The tapered lower tip of the spinal cord, usually at about the first or second lumbar vertebra.'
  ),
  entry(
    'decompression',
    'decompression',
    'An operation that removes bone, ligament or disc to give a squeezed nerve more room.'
  ),
  entry('dermatome', 'dermatome', 'The strip of skin whose feeling is carried by one spinal nerve root.', [
    'dermatomes',
  ]),
  entry(
    'dish',
    'DISH',
    'Diffuse idiopathic skeletal hyperostosis: a condition in which spinal ligaments slowly turn to bone, stiffening the spine.'
  ),
  entry(
    'dorsal-ramus',
    'dorsal ramus',
    'The branch of a spinal nerve that goes backwards to supply the back muscles, the facet joints and the skin of the back.',
    ['dorsal rami']
  ),
  entry(
    'dorsal-root-ganglion',
    'dorsal root ganglion',
    'A small swelling on each nerve root, holding the nerve cells that carry feeling, which sits in or near the hole where the root leaves the spine.',
    ['dorsal root ganglia', 'DRG']
  ),
  entry(
    'dural-sac',
    'dural sac',
    'The tough, fluid-filled tube inside the spinal canal that holds the spinal cord and nerve roots.',
    ['thecal sac', 'dura']
  ),
  entry(
    'end-plate',
    'end plate',
    'The thin layer of cartilage and bone on the top and bottom of each vertebral body, against the disc.',
    ['end plates', 'endplate', 'endplates']
  ),
  entry(
    'epidural-injection',
    'epidural injection',
    'An injection of medicine into the space around the nerve roots inside the spinal canal.',
    ['epidural']
  ),
  entry('erector-spinae', 'erector spinae', 'The long muscles on each side of the spine that straighten the back.'),
  entry('extrusion', 'extrusion', 'A disc herniation in which centre material has broken through the outer wall.', [
    'extrusions',
  ]),
  entry(
    'facet-joint',
    'facet joint',
    'One of the pair of small joints at the back of each spinal level that guide and limit movement.',
    ['facet joints', 'zygapophysial joint', 'zygapophysial joints', 'zygapophyseal joint']
  ),
  entry(
    'foramen',
    'foramen',
    'A hole in or between bones through which nerves pass, such as the hole where a nerve root leaves the spine.',
    ['foramina', 'foraminal', 'exit hole', 'exit holes']
  ),
  entry(
    'gabapentinoid',
    'gabapentinoids',
    'Medicines such as gabapentin and pregabalin, first made for epilepsy and used for nerve pain.',
    ['gabapentinoid']
  ),
  entry(
    'gluteal-tendinopathy',
    'gluteal tendinopathy',
    'Irritation of the tendons of the smaller buttock muscles where they attach at the outer hip.'
  ),
  entry(
    'greater-sciatic-foramen',
    'greater sciatic foramen',
    'The large opening at the back of the pelvis through which the sciatic nerve and piriformis leave the pelvis.'
  ),
  entry(
    'greater-trochanter',
    'greater trochanter',
    'The bony point on the outside of the hip at the top of the thigh bone.'
  ),
  entry(
    'herniation',
    'herniation',
    "Soft disc centre material pushing out beyond the disc's edge through a weak spot in its wall.",
    ['herniations', 'herniated disc', 'herniated']
  ),
  entry(
    'hip-flexor',
    'hip flexors',
    'The muscles that bend the hip and lift the thigh, such as psoas, iliacus and rectus femoris.',
    ['hip flexor', 'hip-flexor']
  ),
  entry('iliopsoas', 'iliopsoas', 'Psoas major and iliacus together, which share a tendon to the thigh bone.'),
  entry(
    'ischial-tuberosity',
    'ischial tuberosity',
    'The sitting bone: the bony point at the bottom of the pelvis that you sit on.'
  ),
  entry('lamina', 'lamina', 'One of the two flat plates of bone that form the back of the ring of a vertebra.', [
    'laminae',
  ]),
  entry(
    'lateral-recess',
    'lateral recess',
    'The side channel of the spinal canal where a nerve root runs down before it leaves the spine.'
  ),
  entry(
    'ligamentum-flavum',
    'ligamentum flavum',
    'The stretchy yellow ligament joining the backs of neighbouring vertebrae, forming the back wall of the spinal canal.'
  ),
  entry('lordosis', 'lordosis', 'The normal inward (forward) curve of the low back.'),
  entry(
    'lumbar-plexus',
    'lumbar plexus',
    'The network of nerves formed by the upper lumbar roots inside psoas, which gives rise to the femoral, obturator and other thigh nerves.'
  ),
  entry(
    'lumbosacral-trunk',
    'lumbosacral trunk',
    'The nerve cord formed by part of L4 and all of L5 that joins the sacral nerves to make the sciatic nerve.'
  ),
  entry(
    'medial-branch',
    'medial branch',
    'A small branch of a dorsal ramus that supplies a facet joint and the multifidus muscle.',
    ['medial branches']
  ),
  entry(
    'medial-branch-block',
    'medial branch block',
    'A test injection of local anaesthetic that numbs the medial branch nerves to see whether a facet joint is the source of pain.'
  ),
  entry(
    'meralgia-paresthetica',
    'meralgia paresthetica',
    'Burning, tingling or numbness of the front and outer thigh from a trapped skin nerve near the front of the hip.'
  ),
  entry(
    'modic-change',
    'Modic change',
    'A change in the bone marrow next to a worn disc, seen on MRI; type 1 shows inflammation.',
    ['Modic changes']
  ),
  entry(
    'myofascial-pain',
    'myofascial pain',
    'Pain said to come from muscles and the connective tissue around them, often linked to trigger points.'
  ),
  entry(
    'neurogenic-claudication',
    'neurogenic claudication',
    'Leg pain, heaviness or tingling that comes on with walking or standing and eases on sitting or bending forward, from narrowing around the nerves.'
  ),
  entry('nsaid', 'NSAIDs', 'Anti-inflammatory painkillers such as ibuprofen and naproxen.', [
    'NSAID',
    'anti-inflammatory painkillers',
  ]),
  entry('nucleus-pulposus', 'nucleus pulposus', 'The soft, gel-like centre of a disc.'),
  entry(
    'osteoarthritis',
    'osteoarthritis',
    'Wear of a joint, with thinning cartilage and bony spurs, that becomes more common with age.',
    ['arthritis']
  ),
  entry('osteophyte', 'osteophyte', 'A bony spur that grows at the edge of a worn joint or vertebra.', [
    'osteophytes',
    'bony spur',
    'bony spurs',
  ]),
  entry('osteoporosis', 'osteoporosis', 'Thinning of the bones, which makes them break more easily.'),
  entry(
    'pars-interarticularis',
    'pars interarticularis',
    'The narrow bridge of bone at the back of a vertebra between its upper and lower joints.'
  ),
  entry('periosteum', 'periosteum', 'The thin skin covering a bone, which has pain-sensing nerves.'),
  entry(
    'posterior-superior-iliac-spine',
    'posterior superior iliac spine',
    'The bony point at the back of the pelvis, under the dimple on each side of the base of the back.',
    ['PSIS']
  ),
  entry(
    'protrusion',
    'protrusion',
    'A disc herniation in which the bulging material is still held in by the outer wall.',
    ['protrusions']
  ),
  entry(
    'pudendal-nerve',
    'pudendal nerve',
    'The nerve that carries feeling from the genitals and around the back passage.'
  ),
  entry(
    'radicular-pain',
    'radicular pain',
    "Pain from an irritated nerve root, felt as a sharp band along that root's strip of skin, often below the knee.",
    ['radicular', 'nerve root pain']
  ),
  entry(
    'radiculopathy',
    'radiculopathy',
    'A nerve root that is not working properly, causing numbness, weakness or a weaker reflex.'
  ),
  entry(
    'radiofrequency-denervation',
    'radiofrequency denervation',
    'A treatment that heats the small nerves of a facet joint to stop them carrying pain signals.'
  ),
  entry(
    'referred-pain',
    'referred pain',
    'Pain felt away from its source because both places share nerve cells in the spinal cord; it is deep and vague and does not follow a dermatome.',
    ['referred', 'refers', 'refer']
  ),
  entry(
    'sacral-plexus',
    'sacral plexus',
    'The network of nerves formed by L4 to S4 at the back of the pelvis, from which the sciatic nerve comes.'
  ),
  entry('sacroiliitis', 'sacroiliitis', 'Inflammation of a sacroiliac joint.'),
  entry(
    'sciatica',
    'sciatica',
    'Pain that runs down the leg from an irritated nerve root in the lower spine, usually below the knee.'
  ),
  entry(
    'sequestration',
    'sequestration',
    'A disc herniation in which a piece of disc material has broken off completely.'
  ),
  entry(
    'sinuvertebral-nerve',
    'sinuvertebral nerve',
    'A small nerve that runs back into the spinal canal to supply the outer disc wall, the ligament behind the vertebrae and the dura.',
    ['sinuvertebral nerves', 'recurrent meningeal nerve']
  ),
  entry(
    'spinous-process',
    'spinous process',
    'The bony bump at the back of each vertebra that you can feel down the middle of the back.',
    ['spinous processes']
  ),
  entry('spondylolisthesis', 'spondylolisthesis', 'A vertebra that has slipped forward on the one below.'),
  entry('spondylolysis', 'spondylolysis', 'A stress crack in the pars interarticularis at the back of a vertebra.'),
  entry(
    'stenosis',
    'stenosis',
    'Narrowing of a space that nerves pass through, such as the spinal canal or a nerve exit hole.',
    ['spinal stenosis']
  ),
  entry(
    'sympathetic',
    'sympathetic',
    'The part of the nervous system that runs automatic body functions; its fibres also carry some pain signals from the discs.'
  ),
  entry(
    'thoracolumbar-fascia',
    'thoracolumbar fascia',
    'The thick, layered sheet of connective tissue that wraps the back muscles.'
  ),
  entry(
    'traversing-root',
    'traversing root',
    'A nerve root that runs down past a disc to leave the spine one level lower; it is the root usually hit by a herniation out to the back and side.'
  ),
  entry(
    'trigger-point',
    'trigger point',
    'A tender spot in a tight band of muscle that is said to cause pain felt elsewhere; it cannot be found reliably by examination.',
    ['trigger points', 'TrP']
  ),
]

const byId = new Map(GLOSSARY.map((g) => [g.id, g]))

/** The entry with this id, or undefined. */
export function findGlossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id)
}

/** Every term and alias in lower case, with its entry, longest first. */
const FORMS: readonly (readonly [string, GlossaryEntry])[] = GLOSSARY.flatMap((g) =>
  [g.term, ...g.aliases].map((form) => [form.toLowerCase(), g] as const)
).sort((a, b) => b[0].length - a[0].length)

const WORD = /[\p{L}\p{N}]+/gu
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/**
 * The forms by their first word, longest first so "cauda equina syndrome" wins over "cauda
 * equina". A term is looked for only where a word of the text starts with its first word: one
 * regular expression with every form as an alternative, tried at each character, took a phone
 * several milliseconds per panel.
 */
const FORMS_BY_FIRST_WORD = new Map<string, (readonly [string, GlossaryEntry])[]>()
for (const form of FORMS) {
  const first = /^[\p{L}\p{N}]+/u.exec(form[0])?.[0]
  if (!first) throw new Error(`The glossary form "${form[0]}" must start with a letter or digit.`)
  const forms = FORMS_BY_FIRST_WORD.get(first) ?? []
  forms.push(form)
  FORMS_BY_FIRST_WORD.set(first, forms)
}

/** One occurrence of a glossary term in a text. */
export interface GlossaryMatch {
  readonly entry: GlossaryEntry
  /** Index of the first character in the text. */
  readonly start: number
  /** Index after the last character. */
  readonly end: number
  /** The text as written. */
  readonly text: string
}

/** Every non-overlapping occurrence of a glossary term in a text, left to right (longest match wins). */
export function glossaryMatches(text: string): GlossaryMatch[] {
  const matches: GlossaryMatch[] = []
  let cursor = 0
  for (const word of text.matchAll(WORD)) {
    const start = word.index
    if (start < cursor) continue
    for (const [form, entry] of FORMS_BY_FIRST_WORD.get(word[0].toLowerCase()) ?? []) {
      const end = start + form.length
      const written = text.slice(start, end)
      // A whole word: not followed by a letter or digit ("disc" is not in "discs").
      if (written.toLowerCase() !== form || LETTER_OR_DIGIT.test(text.charAt(end))) continue
      matches.push({ entry, start, end, text: written })
      cursor = end
      break
    }
  }
  return matches
}

/** The glossary entries that occur in a text, each once, in order of first appearance. */
export function findGlossaryTerms(text: string): GlossaryEntry[] {
  const seen = new Set<string>()
  const result: GlossaryEntry[] = []
  for (const { entry: e } of glossaryMatches(text)) {
    if (!seen.has(e.id)) {
      seen.add(e.id)
      result.push(e)
    }
  }
  return result
}

/** A piece of a text: plain, or a glossary term to show with its definition. */
export type GlossarySegment = { readonly text: string } | { readonly text: string; readonly entry: GlossaryEntry }

/**
 * Splits a text into plain pieces and glossary terms, marking only the first occurrence of each
 * term, so a panel can wrap those in tooltips without repeating them. Joining the pieces' text
 * gives back the original.
 */
export function segmentGlossaryText(text: string): GlossarySegment[] {
  const segments: GlossarySegment[] = []
  const seen = new Set<string>()
  let cursor = 0
  for (const m of glossaryMatches(text)) {
    if (seen.has(m.entry.id)) continue
    seen.add(m.entry.id)
    if (m.start > cursor) segments.push({ text: text.slice(cursor, m.start) })
    segments.push({ text: m.text, entry: m.entry })
    cursor = m.end
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) })
  return segments
}
