/**
 * Vietnamese labels of the editor's fields. The schema says what a field is and gives its
 * hint (`.describe()`); the label is the short name an editor sees above the box. Keyed
 * by the field's name, with overrides by "collection:path" where one name means two things.
 */
import { LEVEL_LABELS, LINK_KIND_LABELS, SKILL_LABELS } from '../labels.ts';

const BY_NAME: Record<string, string> = {
  // site.yaml
  name: 'Tên',
  description: 'Mô tả',
  locality: 'Địa phương',
  level: 'Cấp hành chính',
  province: 'Tỉnh',
  url: 'Địa chỉ web',
  httpNote: 'Lý do dùng địa chỉ http://',
  base: 'Đường dẫn gốc (base)',
  defaultYear: 'Năm hiển thị mặc định',
  bannerLine: 'Dòng chữ trên banner',
  logo: 'Biểu trưng (logo)',
  file: 'Tệp ảnh',
  alt: 'Lời mô tả ảnh',
  contact: 'Thông tin liên hệ',
  agency: 'Cơ quan chủ quản',
  responsible: 'Người chịu trách nhiệm',
  address: 'Địa chỉ',
  phone: 'Điện thoại',
  email: 'Thư điện tử',
  // years
  year: 'Năm',
  theme: 'Chủ đề của năm',
  text: 'Nội dung',
  note: 'Ghi chú',
  sources: 'Nguồn',
  title: 'Tên văn bản / tiêu đề',
  plan: 'Kế hoạch (mã tệp)',
  slogans: 'Khẩu hiệu',
  day: 'Ngày Chuyển đổi số quốc gia',
  date: 'Ngày (ngày/tháng/năm)',
  campaigns: 'Đợt cao điểm, chiến dịch',
  start: 'Từ ngày',
  end: 'Đến ngày',
  movements: 'Phong trào',
  notes: 'Thông tin khác',
  // plans
  issuer: 'Cơ quan ban hành',
  number: 'Số văn bản',
  asWritten: 'Dòng số, ngày như văn bản ghi',
  implements: 'Văn bản thực hiện theo',
  signer: 'Người ký',
  links: 'Nền tảng số liên quan',
  activities: 'Bảng hoạt động',
  task: 'Nhiệm vụ',
  lead: 'Đơn vị chủ trì',
  partners: 'Đơn vị phối hợp',
  period: 'Thời gian (như văn bản ghi)',
  ongoing: 'Thường xuyên (không có ngày)',
  ref: 'Mục trong văn bản',
  // links
  id: 'Mã (viết liền, không dấu)',
  kind: 'Loại',
  skills: 'Kỹ năng số',
  // guides
  skill: 'Kỹ năng số',
  order: 'Thứ tự',
  summary: 'Tóm tắt',
  audience: 'Dành cho ai',
  updated: 'Ngày cập nhật (ngày/tháng/năm)',
  body: 'Nội dung',
};

const BY_PATH: Record<string, string> = {
  'site:name': 'Tên cổng',
  'site:description': 'Mô tả cổng',
  'site:url': 'Địa chỉ cổng khi đưa lên mạng',
  'site:locality.name': 'Tên địa phương',
  'site:contact.address': 'Địa chỉ cơ quan',
  'year:slogans.text': 'Khẩu hiệu',
  'year:theme.text': 'Chủ đề (chép đúng từng chữ)',
  'year:notes.text': 'Nội dung',
  'year:movements.name': 'Tên phong trào',
  'year:campaigns.name': 'Tên đợt, chiến dịch',
  'plan:title': 'Tên kế hoạch',
  'plan:locality.name': 'Tên địa phương',
  'plan:signer.title': 'Chức vụ',
  'plan:signer.name': 'Họ và tên',
  'plan:implements.title': 'Tên văn bản',
  'plan:implements.date': 'Ngày ban hành (ngày/tháng/năm)',
  'plan:date': 'Ngày ban hành (ngày/tháng/năm)',
  'plan:slogans[]': 'Khẩu hiệu',
  'plan:lead[]': 'Đơn vị',
  'plan:activities.lead[]': 'Đơn vị',
  'plan:activities.partners[]': 'Đơn vị',
  'link:name': 'Tên nền tảng',
  'link:url': 'Địa chỉ web chính thức',
  'link:skills[]': 'Kỹ năng số',
  'link:province': 'Tỉnh (bỏ trống nếu dùng toàn quốc)',
  'guide:title': 'Tiêu đề hướng dẫn',
  'guide:links': 'Nền tảng chính thức (từ Liên kết)',
  'page:title': 'Tiêu đề trang',
  'searchTerms:[]': 'Nhóm từ cùng nghĩa',
  'searchTerms:[][]': 'Cụm từ',
};

/** The label of a field: by path in its collection, else by its own name. */
export function label(scope: string, path: string): string {
  const exact = BY_PATH[`${scope}:${path}`];
  if (exact) return exact;
  const name = path.replace(/\[\]$/, '').split('.').pop() ?? path;
  const byName = BY_NAME[name];
  if (!byName) throw new Error(`No Vietnamese label for the field "${path}" (${scope}): add one to src/lib/cms/labels.ts`);
  return byName;
}

const ENUM_LABELS: Record<string, string> = { ...LEVEL_LABELS, ...LINK_KIND_LABELS, ...SKILL_LABELS };

/** What a select list shows for a code: its Vietnamese name, and the code the file keeps. */
export function enumLabel(value: string): string {
  const name = ENUM_LABELS[value];
  return name ? `${name} (${value})` : value;
}

/** Fields long enough to get a box of several lines. */
export const WIDE_TEXT = new Set(['description', 'summary', 'task', 'text', 'note', 'asWritten']);
