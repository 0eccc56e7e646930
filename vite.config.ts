import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import MagicString from 'magic-string';
import { minify } from 'terser';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

/**
 * Three builds, chosen by `--mode`:
 * - `lib`: `dist/index.js` for bundling hosts, Lit kept external (and `dist/elements.js`, the
 *   same without registering the elements, and `dist/webex.js`, the Webex adapter). `@lit/localize` is inlined on
 *   purpose: it may be configured only once per module instance, and a host may configure its
 *   own copy for its own strings.
 * - `dropin`: `dist/wrapup-elements.js`, one self-contained minified module with Lit inlined.
 * - `demo` (and the dev server): the storybook-style demo in `demo/`.
 */
/** `UNMINIFIED=1`: a drop-in with readable names, for `node bench/profile.mjs`; never shipped. */
const minified = !process.env.UNMINIFIED;

const LIT = [/^lit(\/|$)/, /^lit-html(\/|$)/, /^lit-element(\/|$)/, /^@lit\/reactive-element(\/|$)/];

/**
 * A last terser pass over the drop-in and its code chunks after the built-in minifier: about
 * 90 bytes less gzipped in the drop-in, which count against its budget, and some 190 in the
 * chunks. Its source map replaces the bundler's (which describes the code before this pass),
 * so `npm run size:modules` can use it.
 */
function terserPass(): Plugin {
  const maps = new Map<string, string>();
  return {
    name: 'terser-pass',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        // (Not the translations: their strings come out a little longer.)
        if (chunk.type !== 'chunk' || chunk.facadeModuleId?.includes('/generated/locales/')) continue;
        // Twice: the second run finds what the first one's inlining made possible (27 bytes
        // gzipped in the drop-in); a third finds nothing more.
        let { code, map } = chunk;
        for (let run = 0; run < 2; run++) {
          const result = await minify(code, {
            module: true,
            ecma: 2020,
            // Arrow functions for the function expressions it makes by inlining (none is constructed);
            // unused parameters dropped (nothing reads a function's `length`).
            compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
            sourceMap: map ? { content: typeof map === 'string' ? map : JSON.stringify(map), url: `${chunk.fileName}.map` } : false,
          });
          [code, map] = [result.code!, result.map as never];
        }
        chunk.code = code;
        maps.set(chunk.fileName, map as unknown as string);
      }
    },
    // The bundler writes the map of the code before this pass; the right one replaces it.
    writeBundle({ dir = 'dist' }) {
      for (const [fileName, map] of maps) writeFileSync(join(dir, `${fileName}.map`), map);
    },
  };
}

/**
 * Each `lazy(() => import("./chunk.js"))` of the drop-in becomes `lazy("./chunk.js")`: the
 * chunk's address, which `lazy()` (src/internal/lazy.ts) asks for again under a new one after a
 * failed load. The build fails when a `lazy()` call is left as it was.
 */
function chunkAddresses(): Plugin {
  // (The file names end in a placeholder for their hash here, filled in after this.)
  const call = /\blazy\(\(\) => import\(("\.\/[^"]+\.js")\)\)/g;
  return {
    name: 'chunk-addresses',
    renderChunk(code, chunk) {
      const edited = new MagicString(code);
      for (const match of code.matchAll(call)) edited.overwrite(match.index, match.index + match[0].length, `lazy(${match[1]})`);
      const left = /\blazy\(\(.{0,80}/.exec(edited.toString());
      if (left) this.error(`${chunk.fileName}: a lazy() call that is not a sibling chunk's import: ${left[0]}`);
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: true }) } : null;
    },
  };
}

/**
 * `@lit/localize`'s `init/install.js` becomes `src/i18n/msg-install.ts`: no guard against a
 * second install and no default `msg`, which the built files never need (56 bytes gzipped in
 * the drop-in). The sources under test use the package as it is; e2e/structure.test.mjs
 * checks its install path.
 */
function leanMsgInstall(): Plugin {
  const lean = resolve('src/i18n/msg-install.ts');
  return {
    name: 'lean-msg-install',
    enforce: 'pre',
    resolveId: (source, importer) => (source.endsWith('/init/install.js') && /@lit[/\\]localize|localization\.ts/.test(importer ?? '') ? lean : null),
  };
}

/**
 * The drop-in's own copy of Lit leaves out two global hooks that serve nothing there: the
 * polyfill hooks (for the ShadyDOM polyfills of browsers without shadow DOM) and the version
 * lists (`litHtmlVersions`…), which a host's own Lit in development mode reads to warn of
 * several copies, a warning our private copy would only cause. Hydration support is kept. The
 * build fails when Lit's code no longer reads as expected.
 */
function leanLitGlobals(): Plugin {
  const edits: [RegExp, RegExp[]][] = [
    [/[\\/]lit-html[\\/]lit-html\.js$/, [/,(\w+)=(\w+)\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),\(\2\.litHtmlVersions\?\?=\[\]\)\.push\("[\d.]+"\)/]],
    [/[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/, [/,\w+=\w+\.reactiveElementPolyfillSupport(?=,)/, /,\w+\?\.\(\{ReactiveElement:\w+\}\),\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[\d.]+"\)/]],
    [/[\\/]lit-element[\\/]lit-element\.js$/, [/const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/, /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[\d.]+"\);/]],
  ];
  return {
    name: 'lean-lit-globals',
    transform(code, id) {
      const [, patterns] = edits.find(([file]) => file.test(id)) ?? [];
      if (!patterns) return null;
      for (const pattern of patterns) {
        if (!pattern.test(code)) this.error(`${id}: Lit's global hooks no longer read as ${pattern}`);
        code = code.replace(pattern, '');
      }
      return { code, map: null };
    },
  };
}

/**
 * Lit's `AsyncDirective` (the dialog's counters, see src/dialog/ticking-counter.ts) reads one
 * helper, `isSingleExpression`, from `directive-helpers.js`, a module that also reads Lit's
 * private `_$LH` at its top; the bundler keeps that read, so the drop-in would build and export
 * `_$LH` for nothing (83 bytes gzipped). The helper comes from a one-line module instead. The
 * build fails when `AsyncDirective` imports more from there.
 */
function leanAsyncDirective(): Plugin {
  const stub = '\0async-directive-helpers';
  const file = /[\\/]lit-html[\\/]async-directive\.js$/;
  return {
    name: 'lean-async-directive',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './directive-helpers.js' && file.test(importer ?? '') ? stub : null),
    load: (id) => (id === stub ? 'export const isSingleExpression = (part) => part.strings === undefined;' : null),
    transform(code, id) {
      const imported = file.test(id) && /import\s*\{([^}]*)\}\s*from\s*["']\.\/directive-helpers\.js["']/.exec(code)?.[1];
      if (imported !== false && !/^\s*isSingleExpression(\s+as\s+\w+)?\s*$/.test(imported ?? '')) this.error(`${id}: AsyncDirective's helpers no longer read as expected: {${imported}}`);
      return null;
    },
  };
}

/**
 * `@lit/localize` hashes a message's text into an id when `msg()` is called without one. Every
 * message here has its own id (lit-localize extract reads them), so the hashing is never used:
 * it is replaced by an id that can match no translation (the message then shows in English,
 * as an untranslated one would), and the 64-bit hash leaves the bundle.
 */
function explicitMessageIds(): Plugin {
  const stub = '\0explicit-message-ids';
  return {
    name: 'explicit-message-ids',
    enforce: 'pre',
    resolveId: (source, importer) => (source === './id-generation.js' && importer?.includes('@lit/localize') ? stub : null),
    load: (id) => (id === stub ? 'export const generateMsgId = (strings) => `unnamed:${String(strings)}`;' : null),
  };
}

/**
 * The translations' modules (made by `lit-localize build`) import `str` from `@lit/localize`,
 * which the drop-in's entry imports too; shared by seven lazily loaded chunks and the entry,
 * the bundler would put it in a chunk of its own that the drop-in must load first. Each
 * translation gets its own three-line `str` instead, so the drop-in stays one file.
 */
function ownStrInTranslations(): Plugin {
  return {
    name: 'own-str-in-translations',
    enforce: 'pre',
    transform(code, id) {
      if (!/[/\\]generated[/\\]locales[/\\][\w-]+\.ts$/.test(id)) return null;
      return code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';/,
        'const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });',
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'lib' || mode === 'dropin') {
    const lib = mode === 'lib';
    return {
      // Lit's html`` and css`` keep their whitespace unless it is taken out at build time.
      plugins: lib
        ? [minifyTemplateLiterals(), explicitMessageIds(), leanMsgInstall()]
        : [minifyTemplateLiterals(), explicitMessageIds(), leanMsgInstall(), leanLitGlobals(), leanAsyncDirective(), ownStrInTranslations(), chunkAddresses(), ...(minified ? [terserPass()] : [])],
      build: {
        target: 'es2022',
        emptyOutDir: false,
        minify: minified,
        sourcemap: true,
        lib: {
          // The library also has `elements.js`, the same API without registering the elements,
          // and the optional platform adapters (`webex.js`, `webex-sdk.js`, `genesys.js`,
          // `amazon-connect.js`, `flex.js`).
          entry: lib
            ? { index: 'src/index.ts', elements: 'src/elements.ts', webex: 'src/adapters/webex.ts', 'amazon-connect': 'src/adapters/amazon-connect.ts', genesys: 'src/adapters/genesys.ts', flex: 'src/adapters/flex.ts', 'webex-sdk': 'src/adapters/webex-sdk.ts' }
            : 'src/index.ts',
          formats: ['es'],
          fileName: (_format, name) => (lib ? `${name}.js` : 'wrapup-elements.js'),
        },
        rolldownOptions: {
          external: lib ? LIT : [],
          // Lets the lazily loaded Slovenian chunk import @lit/localize's `str` from the entry
          // instead of splitting it into a third file that every page would have to fetch.
          preserveEntrySignatures: 'allow-extension',
          // `@lit/localize`'s index also brings its own runtime, which is not used (see
          // `src/i18n/localization.ts`) but starts a promise when loaded; without it, nothing of that
          // runtime is left.
          treeshake: { moduleSideEffects: (id: string) => !id.includes('@lit/localize/') },
          // Vite leaves whitespace in library builds to keep pure annotations for tree-shaking;
          // the drop-in is loaded as it is, so it is minified whole.
          // Chunk names say which file loads them: `wrapup-elements.sl-….js` belongs to the
          // drop-in, `chunks/sl-….js` to the library.
          output: lib ? { chunkFileNames: 'chunks/[name]-[hash].js' } : { minify: minified, chunkFileNames: 'wrapup-elements.[name]-[hash:6].js' },
        },
      },
    };
  }
  return {
    root: 'demo',
    // Relative URLs, so the built demo works from any static host and path.
    base: './',
    // Lit's production build on the dev server too: the demo shows what agents get, without
    // the development build's console notice.
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      target: 'es2022',
      outDir: '../demo-dist',
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve('demo/index.html'), stage: resolve('demo/stage.html') },
      },
    },
    server: { host: '127.0.0.1', port: 5173 },
  };
});
