// `npm run analyze` writes custom-elements.json from the source; `npm test` fails when it is stale.

/**
 * Events are documented with `@fires` on each class. The analyzer also guesses events from
 * `dispatchEvent(new SomeEvent())` calls, where it cannot see the name the event class fixes;
 * keep only the documented ones.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      // In path order, whatever order the file system lists them in, so the file is reproducible.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [documentedEventsOnly()],
};
