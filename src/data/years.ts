import { getCollection } from 'astro:content';

export async function getYears() {
  const years = await getCollection('years');
  return years.map((entry) => entry.data).sort((a, b) => b.year - a.year);
}

export async function getYear(year: number) {
  const years = await getYears();
  const found = years.find((entry) => entry.year === year);
  if (!found) throw new Error(`Không có tệp năm ${year}`);
  return found;
}
