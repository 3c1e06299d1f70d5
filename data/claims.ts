/**
 * The article's claims (A1–O4 in docs/facts.md) that the talk carries, with the words that show each:
 * `inTalk` in the slides' Markdown and speaker notes (a chapter slide reads as "chapter: <power>"),
 * `onSlide` in what the audience sees. The tests name a claim that no slide carries any more.
 * To shorten the talk, cut the slide and remove its claims here: the talk no longer promises them.
 */
export interface Claim {
  id: string
  /** What the claim says, in the fact sheet's words. */
  says: string
  inTalk: RegExp[]
  onSlide: RegExp[]
}

export const claims: Claim[] = [
  {
    id: 'A1',
    says: 'Within two months, presidents and senior officials of the Great Powers (China, Russia, the United States) and of the European Union visited Astana.',
    inTalk: [/within two months/i, /Great Powers/],
    onSlide: [/within two months/i, /Great Powers/],
  },
  {
    id: 'A2',
    says: 'Kazakhstan\'s multi-vector foreign policy was formulated three decades ago; it helps the country navigate a tense, unpredictable global situation.',
    inTalk: [/three decades ago/, /tense, unpredictable|tense and unpredictable/],
    onSlide: [/three decades ago/, /tense, unpredictable/],
  },
  {
    id: 'C1',
    says: 'Xi Jinping visited Kazakhstan on 14 September 2022: his first foreign trip since the pandemic began in 2020. Quote Q1.',
    inTalk: [/first foreign trip/, /chapter: china/],
    onSlide: [/first foreign trip/, /Chinese government pays great attention/],
  },
  {
    id: 'C2',
    says: 'The relationship is complex: Kazakhstan profits from trade and investment with China, yet there have been protests in Kazakhstan related to China.',
    inTalk: [/profits? from trade and investment/, /protests/],
    onSlide: [/profits from trade and investment/, /protests/i],
  },
  {
    id: 'C3',
    says: 'Reasons for the protests: concerns about Chinese migrants taking local jobs, the situation in Xinjiang, and Chinese enterprises buying land in Kazakhstan.',
    inTalk: [/migrants/, /Xinjiang/, /buying land/],
    onSlide: [/migrants/, /Xinjiang/, /buying land/],
  },
  {
    id: 'R1',
    says: 'On 12 October 2022 Vladimir Putin came to Astana for the sixth CICA summit (held 12–13 October 2022).',
    inTalk: [/sixth/i, /Conference on Interaction and Confidence-Building Measures in Asia/, /chapter: russia/],
    onSlide: [/Sixth CICA summit/i, /12 October/],
  },
  {
    id: 'R2',
    says: 'Before that, Putin and Kassym-Jomart Tokayev met in Sochi in August (19 August 2022, S2) and had a telephone call early that month (exact day not known: say "early August").',
    inTalk: [
      /Sochi/,
      /telephone call/i,
      /chapter: russia/,
      /early (?:in )?August/i,
    ],
    onSlide: [/Sochi/, /Telephone call/i, /early August/i],
  },
  {
    id: 'R3',
    says: 'High-level interactions between Kazakhstan and its two largest neighbours are constant.',
    inTalk: [/two largest neighbours/, /constant/],
    onSlide: [/constant contact/],
  },
  {
    id: 'R4',
    says: 'Bilateral trade reached US$24.5 billion in 2021 (the Kazakh side\'s figure, also quoted by Tokayev in Sochi, S2).',
    inTalk: [/<TradeChart focus="russia"/, /24\.5 billion/],
    onSlide: [/\$24\.5 bn/],
  },
  {
    id: 'R5',
    says: 'Close defense ties: Kazakhstan took part in the Army Games in August 2022 (the Games ran 13–27 August 2022; Kazakhstan hosted three of the contests, S3).',
    inTalk: [/Army Games/, /defense ties/],
    onSlide: [/Army Games/, /defense ties/i],
  },
  {
    id: 'R6',
    says: 'Moscow is displeased that Kazakhstan has refrained from openly supporting Russia\'s invasion of Ukraine; Russian politicians and celebrities have issued threats against Kazakhstan over this.',
    inTalk: [/refrained from openly supporting/, /threats/],
    onSlide: [/No open support for the invasion/, /Threats/],
  },
  {
    id: 'E1',
    says: 'European Council President Charles Michel visited in late October 2022 (talks in Astana on 27 October, S4). Quote Q2.',
    inTalk: [/Charles Michel/, /chapter: eu/],
    onSlide: [/Michel/, /strong and getting even stronger/, /27 October/],
  },
  {
    id: 'E2',
    says: 'EU High Representative Josep Borrell visited Astana on 16–17 November 2022.',
    inTalk: [/Josep Borrell/, /chapter: eu/],
    onSlide: [/Borrell/, /16–17 Nov/],
  },
  {
    id: 'E3',
    says: 'European companies are already very active in Kazakhstan, but focused on its energy reserves; Italian energy giant Eni has operated there since 1992.',
    inTalk: [/energy reserves/, /Eni/, /since 1992/],
    onSlide: [/energy reserves/, /Eni/, /since 1992/],
  },
  {
    id: 'E4',
    says: 'French companies active there include Total (TotalEnergies), Danone, Alstom and Orano; Paris and Astana signed a roadmap for economic cooperation in 2021.',
    inTalk: [
      /TotalEnergies/,
      /Danone/,
      /Alstom/,
      /Orano/,
      /roadmap for economic cooperation/,
    ],
    onSlide: [
      /TotalEnergies/,
      /Danone/,
      /Alstom/,
      /Orano/,
      /roadmap for economic cooperation/,
    ],
  },
  {
    id: 'E5',
    says: 'Astana wants more investment and partnerships in manufacturing, banking and finance, agriculture (e.g. wheat and barley) and the cyber sector.',
    inTalk: [
      /manufacturing/,
      /banking and finance/,
      /wheat and barley/,
      /cyber sector/,
    ],
    onSlide: [
      /Manufacturing/,
      /Banking and finance/,
      /wheat and barley/,
      /cyber sector/,
    ],
  },
  {
    id: 'E6',
    says: 'The Astana International Financial Centre and Kazakh Invest are tasked with attracting new investors, but success remains limited.',
    inTalk: [/Astana International Financial Centre/, /Kazakh Invest/, /success remains limited/],
    onSlide: [/AIFC/, /Kazakh Invest/, /success remains limited/],
  },
  {
    id: 'E7',
    says: 'The recent top-level EU visits show Brussels is willing to keep engaging with Astana and strengthen relations; Astana will not miss the chance to consolidate new agreements with European partners.',
    inTalk: [/Brussels is willing/, /consolidate new agreements/],
    onSlide: [/Brussels is willing/, /consolidate new agreements/],
  },
  {
    id: 'E8',
    says: 'The challenge: turn the close diplomatic relationship into a practical win-win partnership without angering Russia.',
    inTalk: [/win-win/, /without angering Russia/],
    onSlide: [/win-win/, /without angering Russia/],
  },
  {
    id: 'E9',
    says: 'Astana is betting heavily on the Trans-Caspian route to reach the European market, and the news so far is positive.',
    inTalk: [/Trans-Caspian/, /European market/],
    onSlide: [/Trans-Caspian/, /Europe/],
  },
  {
    id: 'U1',
    says: 'Assistant Secretary of State Donald Lu visited Kazakhstan, Turkmenistan and Uzbekistan on 6–11 November 2022. Quote Q3.',
    inTalk: [
      /Donald Lu/,
      /Turkmenistan/,
      /Uzbekistan/,
      /chapter: us/,
    ],
    onSlide: [
      /Donald Lu/,
      /Turkmenistan/,
      /Uzbekistan/,
      /economic and business leaders/,
    ],
  },
  {
    id: 'U2',
    says: 'Lu had previously visited Kazakhstan in May 2022 (27 May, the last stop of a 23–27 May regional tour, S5).',
    inTalk: [/chapter: us/],
    onSlide: [/27 May/],
  },
  {
    id: 'U3',
    says: 'Astana and Washington have generally cordial diplomatic relations, but trade and investment are limited and defense relations almost non-existent.',
    inTalk: [/cordial/, /almost non-existent/],
    onSlide: [/cordial/, /Almost non-existent/],
  },
  {
    id: 'U4',
    says: 'After the 20 November elections, bilateral ties are expected to stay generally the same; the White House and Congress do not seem focused on Central Asia; occasional Kazakh delegations to Washington will continue, but there is no "catalyst" to bring the two governments closer.',
    inTalk: [/catalyst/, /White House/, /Congress/],
    onSlide: [/catalyst/, /White House/, /Congress/],
  },
  {
    id: 'U5',
    says: 'Given unlikely greater U.S. involvement, Kazakhstan can keep looking to Europe for diplomatic partnerships and investment.',
    inTalk: [/look(?:ing)? to Europe/],
    onSlide: [/looking to/],
  },
  {
    id: 'O1',
    says: 'As the war in Ukraine enters its winter phase and Moscow\'s occasional threats towards its neighbours continue, no radical switch to the West by Kazakhstan or other Central Asian states should be expected.',
    inTalk: [/winter phase/, /radical switch/],
    onSlide: [/winter phase/, /radical switch/],
  },
  {
    id: 'O2',
    says: 'Multi-vector diplomacy has helped Kazakhstan navigate the rough seas caused by the war; the three World Powers and the EU all have cordial, strong relations with Astana, which must balance them with finesse and foresight.',
    inTalk: [/rough seas/, /finesse and foresight/],
    onSlide: [/rough seas/, /finesse and foresight/],
  },
  {
    id: 'O3',
    says: 'Diplomatic or defense alliances will not shift dramatically in Central Asia, but the war\'s consequences have created opportunities for strong trade and investment between Kazakhstan and Europe.',
    inTalk: [/shift dramatically/, /opportunities for strong trade and investment/],
    onSlide: [/shift dramatically/, /opportunities for strong trade and investment/i],
  },
  {
    id: 'O4',
    says: 'Astana must now form an effective strategy to capitalise on this geopolitical shift, improve relations with Europe and secure new trade deals and investments.',
    inTalk: [/capitalise on this geopolitical shift/],
    onSlide: [/capitalise on this geopolitical shift/],
  },
]

/**
 * One sentence for each claim that `text` no longer carries, naming it in words and saying what to do;
 * `where` picks the words looked for (the talk's Markdown and notes, or what the slides show).
 */
export function missingClaims(text: string, where: 'inTalk' | 'onSlide', list: readonly Claim[] = claims): string[] {
  const place = where === 'inTalk'
    ? 'in the slides or their notes'
    : 'shown on a slide'
  return list.flatMap((c) => {
    const missing = c[where].filter(p => !p.test(text))
    return missing.length
      ? [`Claim ${c.id} ("${c.says}") is no longer ${place} (missing: ${missing.join(', ')}). Put it on another slide, or, for a shorter talk, remove ${c.id} from data/claims.ts.`]
      : []
  })
}
