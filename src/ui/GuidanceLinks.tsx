import { GUIDANCE, type GuidanceId } from '../domain/content'

/** Buttons that open the guidance pages (what helps, how back pain usually goes, how pain works). */
export function GuidanceLinks({ onOpen }: { onOpen: (id: GuidanceId) => void }) {
  return (
    <ul className="link-list guidance-links">
      {GUIDANCE.map((topic) => (
        <li key={topic.id}>
          <button type="button" className="link-button" onClick={() => onOpen(topic.id)}>
            {topic.title}
          </button>
        </li>
      ))}
    </ul>
  )
}
