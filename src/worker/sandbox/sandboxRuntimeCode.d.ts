declare module "virtual:rule-sandbox-runtime" {
  /** The rule sandbox worker's script, bundled (see vite.config.ts). */
  const code: string;
  export default code;
}
