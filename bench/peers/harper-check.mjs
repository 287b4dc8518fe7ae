// Lints every .txt and .md file under a folder with Harper (harper.js, the WebAssembly build of Harper's
// linter, from npm) and prints how many findings it made: Harper's side of bench/peers.sh.
//   node harper-check.mjs FOLDER
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';

async function* files(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(txt|md)$/.test(entry.name)) yield path;
  }
}

const linter = new LocalLinter({ binary: binaryInlined });
await linter.setup();
let stories = 0;
let findings = 0;
for await (const path of files(process.argv[2] ?? '.')) {
  const text = await readFile(path, 'utf8');
  const lints = await linter.lint(text, { language: path.endsWith('.md') ? 'markdown' : 'plaintext' });
  stories += 1;
  findings += lints.length;
}
console.log(`${findings} findings in ${stories} stories`);
