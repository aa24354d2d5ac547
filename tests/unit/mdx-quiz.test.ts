/** "Tự kiểm tra" and help numbers: the shape of <Quiz>/<Question> and the props of <HelpLine>, as the content check reads them. */
import { describe, expect, it } from 'vitest';
import { toFieldProblems } from '../../src/check/body-tree.ts';
import { handoutProblems } from '../../src/check/mdx-handout.ts';
import { mdxComponentProblems, type ComponentContext } from '../../src/check/mdx-components.ts';
import { parseBody } from '../../src/check/mdx-parse.ts';
import { quizProblems } from '../../src/check/mdx-quiz.ts';
import { dialled, PHONE_NUMBER } from '../../src/lib/guide-components.ts';

const context: ComponentContext = { images: [], links: [], shown: 'content', pictures: [] };

function problems(body: string): string[] {
  const parsed = parseBody(body, 'mdx', 5);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const found = [...mdxComponentProblems(parsed.tree, 5, context), ...quizProblems(parsed.tree, 5)];
  return toFieldProblems(found).map(({ field, message }) => `${field}: ${message}`);
}

const QUIZ = [
  '## Tự kiểm tra',
  '',
  '<Quiz>',
  '<Question text="Người gọi xin mã OTP. Bạn có đọc mã không?">',
  '**Không.** Không ai được hỏi mã OTP của bạn.',
  '</Question>',
  '<Question text="Ổ khóa trên thanh địa chỉ có chứng minh trang là thật không?">Không.</Question>',
  '</Quiz>',
].join('\n');

describe('<Quiz> and <Question>', () => {
  it('accepts questions inside a quiz, the answer on its own lines or on the tag’s line', () => {
    expect(problems(QUIZ)).toEqual([]);
  });

  it('refuses a question outside a quiz, an empty quiz, text between questions', () => {
    expect(problems('<Question text="Câu?">\nĐáp.\n</Question>\n\n<Quiz>\n</Quiz>\n\n<Quiz>\nCâu một: có đọc mã không?\n\n<Question text="Hai?">Đáp.</Question>\n</Quiz>')).toEqual([
      'nội dung › dòng 5 › Question: Khối <Question> phải nằm trong khối <Quiz>: viết <Quiz> ở dòng ngay trên câu hỏi đầu tiên và </Quiz> ở dòng ngay dưới câu hỏi cuối cùng.',
      'nội dung › dòng 9 › Quiz: Khối <Quiz> chưa có câu hỏi nào: viết bên trong mỗi câu hỏi một khối <Question text="Câu hỏi?"> … đáp án … </Question>.',
      'nội dung › dòng 13 › Quiz: Trong khối <Quiz> chỉ viết các khối <Question>, mà ở đây có "Câu một: có đọc mã không?". Đưa phần này ra ngoài <Quiz> (lên trên <Quiz>), hoặc đặt nó vào đáp án của một câu hỏi.',
    ]);
  });

  it('asks for the question’s text and its answer', () => {
    expect(problems('<Quiz>\n<Question>\nĐáp.\n</Question>\n<Question text=" ">Đáp.</Question>\n<Question text="Câu?" />\n<Question text="Câu?">\n</Question>\n</Quiz>')).toEqual([
      'nội dung › dòng 6 › Question › text: Câu hỏi thiếu nội dung: viết câu hỏi vào text="…", ví dụ <Question text="Người gọi điện xin mã OTP. Bạn có đọc mã cho họ không?">.',
      'nội dung › dòng 9 › Question › text: Câu hỏi thiếu nội dung: viết câu hỏi vào text="…", ví dụ <Question text="Người gọi điện xin mã OTP. Bạn có đọc mã cho họ không?">.',
      'nội dung › dòng 10 › Question: Câu hỏi chưa có đáp án: viết đáp án giữa thẻ mở và thẻ đóng, <Question text="Câu hỏi?"> … đáp án … </Question>. Người đọc bấm "Xem đáp án" để mở phần này.',
      'nội dung › dòng 11 › Question: Câu hỏi chưa có đáp án: viết đáp án giữa thẻ mở và thẻ đóng, <Question text="Câu hỏi?"> … đáp án … </Question>. Người đọc bấm "Xem đáp án" để mở phần này.',
    ]);
  });

  it('names the block an editor wrote in Vietnamese', () => {
    expect(problems('<TuKiemTra>\nx\n</TuKiemTra>')[0]).toContain('Có lẽ ý bạn là khối <Quiz>: sửa <TuKiemTra> thành <Quiz> và </TuKiemTra> thành </Quiz>.');
    expect(problems('<CauHoi text="Câu?">Đáp.</CauHoi>')[0]).toContain('Có lẽ ý bạn là khối <Question>');
    expect(problems('<SoDienThoai number="113" name="Công an" />')[0]).toContain('Có lẽ ý bạn là khối <HelpLine>');
  });

  it('keeps an answer to plain Markdown: the handout prints it', () => {
    const parsed = parseBody('<Steps>\n1. Một.\n</Steps>\n\n<Quiz>\n<Question text="Câu?">\n<LinkCard id="vneid" />\n</Question>\n</Quiz>', 'mdx', 1);
    if (!parsed.ok) throw new Error(parsed.problem.message);
    expect(toFieldProblems(handoutProblems(parsed.tree, 1)).map(({ field }) => field)).toEqual(['nội dung › dòng 6 › Question']);
  });
});

describe('<HelpLine>', () => {
  it('accepts a number of digits, grouped by spaces, with or without a description', () => {
    expect(problems('<HelpLine number="113" name="Công an (gọi khi khẩn cấp)" />\n\n<HelpLine number="1900 1234" name="Tổng đài">\nGọi trong giờ hành chính.\n</HelpLine>')).toEqual([]);
  });

  it('refuses anything else in the number, and asks for the number and the name', () => {
    expect(problems('<HelpLine number="113." name="Công an" />\n\n<HelpLine number="+84 24 1234" name="A" />\n\n<HelpLine name="Công an" />\n\n<HelpLine number="113" />')).toEqual([
      'nội dung › dòng 5 › HelpLine › number: Số điện thoại number="113." chỉ được có chữ số, các nhóm số cách nhau bằng một dấu cách: ví dụ number="113" hoặc number="1900 1234". Bỏ dấu chấm, gạch ngang, dấu +, chữ; điện thoại gọi đúng các chữ số ấy.',
      'nội dung › dòng 7 › HelpLine › number: Số điện thoại number="+84 24 1234" chỉ được có chữ số, các nhóm số cách nhau bằng một dấu cách: ví dụ number="113" hoặc number="1900 1234". Bỏ dấu chấm, gạch ngang, dấu +, chữ; điện thoại gọi đúng các chữ số ấy.',
      'nội dung › dòng 9 › HelpLine › number: Khối <HelpLine> cần số điện thoại: viết number="113" (chỉ chữ số, có thể cách nhóm bằng dấu cách).',
      'nội dung › dòng 11 › HelpLine › name: Khối <HelpLine> cần tên nơi nhận cuộc gọi: viết name="…", ví dụ name="Công an (gọi khi khẩn cấp)".',
    ]);
  });

  it('dials the digits alone', () => {
    expect(dialled('1900 1234')).toBe('19001234');
    expect(PHONE_NUMBER.test('1900 1234')).toBe(true);
    expect(PHONE_NUMBER.test('1900  1234')).toBe(false);
    expect(PHONE_NUMBER.test('113-')).toBe(false);
  });
});
