import { defineConfig } from 'vite';

// Every asset is bundled: the service serves the application in network offices without internet.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
    rolldownOptions: {
      // React Router marks its modules "use client" for server components; a single-page application has none.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/reports': 'http://localhost:4000', '/imports': 'http://localhost:4000' },
  },
});
