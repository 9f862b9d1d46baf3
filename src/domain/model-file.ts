/** The generated model's size in bytes, read from the file when the app is built (see vite.config.ts). */
export const MODEL_BYTES: number = __MODEL_BYTES__
