// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkPlugins, rehypePlugins, remarkRehype } from './src/plugins/markdown.mjs';

export default defineConfig({
  site: 'https://atlas.example.org',
  output: 'static',
  // Tests that build broken fixture content use their own cache so they never touch the real one.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default Markdown processor (Sätteri) ignores remark/rehype plugins, so the
  // unified processor carries remark-gfm (tables, footnotes), the content sanitiser and the
  // heading ids + self-links.
  markdown: {
    processor: unified({ gfm: false, remarkPlugins, rehypePlugins, remarkRehype }),
  },
  // One stylesheet for the whole site: cached once, and scoped component styles still apply.
  vite: { build: { cssCodeSplit: false } },
  // sitemap-index.xml + sitemap-0.xml list every page but the 404 and the search page.
  integrations: [mdx(), sitemap({ filter: (page) => !/\/(404|search)\/?$/.test(new URL(page).pathname) })],
});
