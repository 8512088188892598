interface ImportMetaEnv {
  /** The project root, absolute (defined by src/integrations/kaozheng.ts). */
  readonly KAOZHENG_ROOT: string;
}
