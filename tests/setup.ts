// Tell React that tests drive updates through act(), as @react-three/test-renderer does.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
