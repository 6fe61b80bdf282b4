/** What a command is handed to report its exit code (src/cli/main.ts returns it from runCli). */
export type SetExit = (code: number) => void;
