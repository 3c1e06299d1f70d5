import type { Source } from './schemas/sources.ts'

/**
 * The article and the secondary sources as plain records: typed by their schema
 * (data/schemas/sources.ts) and checked against it in Node (data/validate.ts), so the browser gets them
 * without zod.
 */
export type { Source }

/** Source ids as facts.md names them: the article, then the secondary sources S2–S16. */
export const sourceIds = [
  'article',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'S11',
  'S12',
  'S13',
  'S14',
  'S15',
  'S16',
] as const
export type SourceId = (typeof sourceIds)[number]

export const sources: Source[] = [
  {
    id: 'article',
    title: 'Kazakhstan\'s Multi-Vector Diplomacy Shines Amid Conflict',
    publisher: 'The Diplomat',
    date: 'November 2022',
    url: 'https://thediplomat.com/2022/11/kazakhstans-multi-vector-diplomacy-shines-amid-conflict/',
  },
  {
    id: 'S2',
    title: 'Tokayev in Sochi',
    publisher: 'Astana Times',
    date: 'August 2022',
    url: 'https://astanatimes.com/2022/08/no-grounds-for-pessimistic-forecasts-regarding-kazakh-russian-cooperation-says-president-tokayev-in-sochi/',
  },
  {
    id: 'S3',
    title: 'Army Games 2022 awards in Kazakhstan',
    publisher: 'Kazinform',
    url: 'https://www.inform.kz/en/winners-of-international-army-games-2022-awarded-in-kazakhstan_a3970461',
  },
  {
    id: 'S4',
    title: 'Charles Michel to visit Kazakhstan',
    publisher: 'Astana Times',
    date: 'October 2022',
    url: 'https://astanatimes.com/2022/10/european-council-president-charles-michel-to-visit-kazakhstan-uzbekistan-in-october/',
  },
  {
    id: 'S5',
    title: 'Donald Lu visits Kazakhstan',
    publisher: 'Astana Times',
    date: 'May 2022',
    url: 'https://astanatimes.com/2022/05/u-s-assistant-secretary-donald-lu-visits-kazakhstan-to-strengthen-u-s-relations-with-region/',
  },
  {
    id: 'S6',
    title: 'Sixth CICA summit',
    publisher: 'Kazinform',
    url: 'https://www.inform.kz/en/sixth-cica-summit-transformation-kazakhstan-s-renewed-chairpersonship-and-new-member_a3990281',
  },
  {
    id: 'S7',
    title: 'Preliminary election results',
    publisher: 'Astana Times',
    date: 'November 2022',
    url: 'https://astanatimes.com/2022/11/preliminary-results-of-presidential-election-incumbent-tokayev-wins-81-31-of-votes/',
  },
  {
    id: 'S8',
    title: 'Kazakhstan–Russia trade 2022',
    publisher: 'UrduPoint/Sputnik',
    url: 'https://www.urdupoint.com/en/business/kazakhstan-russia-trade-on-track-to-hit-30bl-1675059.html',
  },
  {
    id: 'S9',
    title: 'Kazakh PM on trade with China',
    publisher: 'Kazinform',
    url: 'https://en.inform.kz/news/kazakhstan-willing-to-increase-exports-of-135-commodity-items-to-china-kazakh-pm_a4007636/',
  },
  {
    id: 'S10',
    title: 'Xi: bilateral trade USD 25 bln last year',
    publisher: 'Kazinform',
    url: 'https://www.inform.kz/en/kazakhstan-china-bilateral-trade-amounted-to-usd-25-bln-last-year-xi-jinping_a3978125',
  },
  {
    id: 'S11',
    title: 'Kazakhstan–China trade 2022',
    publisher: 'Trend',
    url: 'https://en.trend.az/casia/kazakhstan/3812743.html',
  },
  {
    id: 'S12',
    title: 'Kazakhstan–China trade 2022 exceeded USD 31 billion',
    publisher: 'News Central Asia',
    url: 'https://www.newscentralasia.net/2023/01/20/kazakhstan-china-trade-turnover-in-2022-exceeded-usd-31-billion/',
  },
  {
    id: 'S13',
    title: 'Kazakhstan–EU trade 2022',
    publisher: 'Astana Times',
    url: 'https://astanatimes.com/?p=69270',
  },
  {
    id: 'S14',
    title: 'U.S. State Department fact sheet (as reported)',
    publisher: 'U.S. State Department',
    date: 'February 2023',
    url: 'https://thefederalnewswire.com/stories/639953801-blinken-kazakhstan-shows-growing-commitment-to-our-economic-partnership-and-his-reform-agenda',
  },
  {
    id: 'S15',
    title: 'Kazakhstan and US expand cooperation',
    publisher: 'Astana Times',
    date: 'May 2023',
    url: 'https://astanatimes.com/2023/05/kazakhstan-and-us-continue-to-expand-bilateral-cooperation/',
  },
  {
    id: 'S16',
    title: 'Cargo on the Trans-Caspian route nearly doubles',
    publisher: 'TELS',
    url: 'https://telsglobal.com/media_center/tels_news/cargo-traffic-along-the-trans-caspian-international-transport-route-nearly-doubles/',
  },
]

export function sourceById(id: SourceId): Source {
  const found = sources.find(s => s.id === id)
  if (!found)
    throw new Error(`data/sources.ts: no source with id "${id}"`)
  return found
}

/** "Astana Times, “Tokayev in Sochi”, August 2022": how a slide cites a source. */
export function citation(source: Source): string {
  return `${source.publisher}, “${source.title}”${source.date
    ? `, ${source.date}`
    : ''}`
}
