import { main } from "./main.ts";

// The `life` command's entry point; everything it does is in main, which tests call directly.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
