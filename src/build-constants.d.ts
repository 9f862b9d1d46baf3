/** The generated model's size in bytes, defined at build time by vite.config.ts. */
declare const __MODEL_BYTES__: number
