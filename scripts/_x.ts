import { mdxToMdast } from 'satteri';
for (const src of ['# Hi\n\n<Callout type="x">\nhello\n', 'text {nha} here\n', 'a <b>bold</b>\n\n<div onclick="x">hi</div>\n', 'import X from "./x"\n\n<X />\n', 'a < b and 3 > 2\n', '<Steps>\n1. a\n</Step>\n', 'hello {\n']) {
  try { const t = mdxToMdast(src); console.log(JSON.stringify(t).slice(0, 600)); } catch (e) { console.log('ERR', e.message, Object.keys(e), JSON.stringify(e).slice(0,300)); }
}
