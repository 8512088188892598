/** remark-claims through real processors: our content pipeline and MDX's compiler (as Astro runs it). */
import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkClaims, { type FileData } from '../src/site/remark-claims.ts';

const source = `## 市场表现

<Claim id="c000000000001" refs="2 5" line="7" column="12">英伟达市值突破5万亿美元</Claim>

<Claim id="c000000000002" refs="3" line="7" column="40">股价收涨近5%</Claim>

## 行业观点

<Claim id="c000000000003" refs="4" line="7" column="60">算力过剩迟早会发生</Claim>
`;

/** The source through remark-claims and on to HTML, as Astro's unified processor runs it. */
const render = async (data: FileData = {}) =>
  String(await unified().use(remarkParse).use(remarkMdx).use(remarkClaims, { seedFile: 'seeds/x.txt' }).use(remarkRehype).use(rehypeStringify).process({ value: source, data: { ...data } }));

describe('remark-claims', () => {
  it('renders claims as permalinked list items with position and seed place', async () => {
    const html = await render();
    expect(html).toContain('<h2 id="s1">市场表现</h2>');
    expect(html).toContain('<h2 id="s2">行业观点</h2>');
    expect(html).toContain(
      '<li class="claim" data-refs="2 5"><p id="c000000000001" class="claim-text">英伟达市值突破5万亿美元</p><p class="claim-meta" data-pagefind-ignore=""><a class="claim-anchor" href="#c000000000001" title="本条论断的永久链接">原文第2、5段</a> · <span class="claim-source" title="在种子文件中的位置（行:列）">seeds/<wbr>x.txt<wbr>:7:12</span></p></li>',
    );
    // Consecutive claims share one list; a heading starts another.
    expect(html.match(/<ol class="claims">/g)).toHaveLength(2);
    expect(html.match(/<p id="c/g)).toHaveLength(3);
  });

  it('takes the seed file from the frontmatter Astro passes, and works in the MDX compiler', async () => {
    const compiled = String(
      await compile({ value: source, data: { astro: { frontmatter: { seed: { file: 'seeds/from-frontmatter.txt' } } } } }, { remarkPlugins: [remarkClaims], jsx: true }),
    );
    expect(compiled).toContain('{"seeds/"}<_components.wbr />{"from-frontmatter.txt"}<_components.wbr />{":7:12"}');
    expect(compiled).toContain('原文第2、5段');
    // The <Claim> element is consumed: MDX no longer needs a Claim component.
    expect(compiled).not.toMatch(/\bClaim\b/);
  });

  it('numbers two badges of one kind on a claim, so their links can be told apart', async () => {
    const findings = {
      c000000000001: [
        { id: 'f1', kind: 'headline', url: '/checks/headline/#f1' },
        { id: 'f2', kind: 'conflict', url: '/checks/conflict/#f2' },
        { id: 'f3', kind: 'headline', url: '/checks/headline/#f3' },
      ],
    };
    const badges = [...(await render({ kaozheng: { findings } })).matchAll(/<a class="badge[^"]*" href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, text]) => `${text} ${href}`);
    expect(badges).toEqual(['自动核查·标题核对（1） /checks/headline/#f1', '自动核查·数字冲突 /checks/conflict/#f2', '自动核查·标题核对（2） /checks/headline/#f3']);
  });
});
