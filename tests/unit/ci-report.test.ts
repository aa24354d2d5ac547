import { describe, expect, it } from 'vitest';
import { githubAnnotation, githubAnnotations, junitReport, markdownSummary, problemLine } from '../../src/lib/ci-report.ts';

describe('the line of a problem', () => {
  it.each([
    [{ field: 'nội dung › dòng 82 › Callout', message: 'Khối <Callout> mở ở dòng này nhưng chưa đóng.' }, 82],
    [{ field: 'nội dung › dòng 7', message: 'Thẻ HTML <div> không dùng được.' }, 7],
    [{ field: '', message: 'Dòng 2 thụt lề không đúng: …' }, 2],
    [{ field: '', message: 'Dòng 14: trường "title" đã có ở dòng 3.' }, 14],
    [{ field: 'activities › mục 3 › end', message: 'Ngày kết thúc (end) trước ngày bắt đầu (start).' }, undefined],
    // "dòng" inside a message is not the problem's line.
    [{ field: 'logo', message: 'Thêm dòng alt: … dưới logo:, xem dòng 3 của ví dụ.' }, undefined],
    [{ field: '', message: 'Dòng 0 không có.' }, undefined],
  ])('%o → %s', (problem, line) => {
    expect(problemLine(problem)).toBe(line);
  });
});

describe('GitHub annotations', () => {
  it('names the file, the line and the field, and keeps the Vietnamese message', () => {
    expect(
      githubAnnotation({
        file: 'content/guides/dich-vu-cong-truc-tuyen.mdx',
        field: 'nội dung › dòng 82 › Callout',
        message: 'Khối <Callout> mở ở dòng này nhưng chưa đóng. Thêm dòng </Callout> ngay sau dòng cuối của khối.',
      }),
    ).toBe(
      '::error file=content/guides/dich-vu-cong-truc-tuyen.mdx,line=82,title=Lỗi nội dung%3A nội dung › dòng 82 › Callout::Khối <Callout> mở ở dòng này nhưng chưa đóng. Thêm dòng </Callout> ngay sau dòng cuối của khối.',
    );
  });

  it('leaves the line out when it is not known', () => {
    expect(githubAnnotation({ file: 'content/plans/x.md', field: 'title', message: 'Thiếu trường bắt buộc "title".' })).toBe(
      '::error file=content/plans/x.md,title=Lỗi nội dung%3A title::Thiếu trường bắt buộc "title".',
    );
    expect(githubAnnotation({ file: 'content/links.yaml', field: '', message: 'Tệp trống.' })).toBe(
      '::error file=content/links.yaml,title=Lỗi nội dung::Tệp trống.',
    );
  });

  it('escapes what would end the command or split its properties', () => {
    const line = githubAnnotation({ file: 'content/a,b.md', field: 'a: b, c', message: '50% xong\ndòng hai\r' });
    expect(line).toBe('::error file=content/a%2Cb.md,title=Lỗi nội dung%3A a%3A b%2C c::50%25 xong%0Adòng hai%0D');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('is one line per problem, in the order of the report', () => {
    const lines = githubAnnotations([
      { file: 'content/years/2024.yaml', field: '', message: 'Dòng 2 thụt lề không đúng.' },
      { file: 'content/plans/x.md', field: 'title', message: 'Thiếu trường bắt buộc "title".' },
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('file=content/years/2024.yaml,line=2,');
    expect(lines[1]).toContain('file=content/plans/x.md,title=');
  });
});

describe('the job summary', () => {
  const problems = [
    { file: 'content/plans/x.md', field: 'title', message: 'Thiếu trường bắt buộc "title".' },
    { file: 'content/plans/x.md', field: 'end', message: 'Ngày kết thúc (end) trước ngày bắt đầu (start).' },
    { file: 'content/links.yaml', field: '', message: 'Tệp trống.' },
  ];

  it('counts problems and files, and carries the report verbatim in a code block', () => {
    const report = 'Nội dung có 3 lỗi, chưa thể dựng cổng:\n\nTệp content/plans/x.md:\n  • Trường title: …';
    const summary = markdownSummary(problems, report);
    expect(summary).toContain('## Nội dung có 3 lỗi trong 2 tệp: chưa thể dựng cổng');
    expect(summary).toContain(`\`\`\`text\n${report}\n\`\`\`\n`);
    expect(summary).toContain('content/README.md');
  });

  it('uses a fence the report cannot close', () => {
    const report = 'Viết ```…``` thì sai';
    const summary = markdownSummary(problems, report);
    expect(summary).toContain(`\`\`\`\`text\n${report}\n\`\`\`\`\n`);
  });

  it('says so when there is nothing to fix', () => {
    expect(markdownSummary([], '')).toBe('## Nội dung hợp lệ\n\nKiểm tra nội dung không thấy lỗi nào.\n');
  });
});

describe('a line found apart from the message', () => {
  it('is used for the annotation', () => {
    expect(problemLine({ field: 'activities › mục 1 › end', message: '…', line: 28 })).toBe(28);
    expect(githubAnnotation({ file: 'content/plans/x.md', field: 'activities › mục 1 › end', message: 'Ngày sai.', line: 28 })).toBe(
      '::error file=content/plans/x.md,line=28,title=Lỗi nội dung%3A activities › mục 1 › end::Ngày sai.',
    );
  });
});

describe('the JUnit report (GitLab shows it on the merge request)', () => {
  it('is one failed test per problem, named by file, field and line, with the Vietnamese message', () => {
    const xml = junitReport([
      { file: 'content/plans/x.md', field: 'activities › mục 1 › end', message: 'Ngày kết thúc (end) trước ngày bắt đầu (start).', line: 28 },
      { file: 'content/guides/a.mdx', field: 'nội dung › dòng 9 › Callout', message: 'Khối <Callout> mở ở dòng này nhưng chưa đóng & "…".' },
      { file: 'content/links.yaml', field: '', message: 'Tệp trống.' },
    ]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="Kiểm tra nội dung" tests="3" failures="3">/);
    expect(xml).toContain('<testcase classname="content/plans/x.md" name="activities › mục 1 › end (dòng 28)" file="content/plans/x.md">');
    expect(xml).toContain('<failure message="Ngày kết thúc (end) trước ngày bắt đầu (start).">content/plans/x.md:28\nNgày kết thúc (end) trước ngày bắt đầu (start).</failure>');
    expect(xml).toContain('name="nội dung › dòng 9 › Callout" file=');
    expect(xml).toContain('Khối &lt;Callout&gt; mở ở dòng này nhưng chưa đóng &amp; &quot;…&quot;.');
    expect(xml).toContain('<testcase classname="content/links.yaml" name="tệp" file="content/links.yaml">');
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml.match(/<failure /g)).toHaveLength(3);
  });

  it('drops characters XML cannot hold', () => {
    expect(junitReport([{ file: 'content/a.md', field: '', message: 'a\u0001b\u000bc' }])).toContain('message="abc"');
  });

  it('is one passed test when there is nothing to fix', () => {
    const xml = junitReport([]);
    expect(xml).toContain('<testsuite name="Kiểm tra nội dung" tests="1" failures="0">');
    expect(xml).toContain('<testcase classname="content" name="Nội dung hợp lệ"/>');
    expect(xml).not.toContain('<failure');
  });
});
