import type { RulePreset } from "./RulePreset.ts";

/**
 * Well-known rules, Conway's Life first: Life-like rules, then the other neighbourhoods and
 * Hensel letters, Generations, Larger than Life and History. Names and rulestrings follow
 * LifeWiki, rulestrings in Golly's canonical form; no two presets share a rule, so a rule maps
 * back to at most one name.
 */
export const RULE_PRESETS: readonly RulePreset[] = [
  {
    name: "Conway's Life",
    aliases: ["Life", "Game of Life", "Conway's Game of Life"],
    rulestring: "B3/S23",
    description: "The original: gliders, oscillators, guns, and universal computation.",
  },
  {
    name: "HighLife",
    aliases: [],
    rulestring: "B36/S23",
    description: "Life plus birth on 6, which gives it a small self-copying replicator.",
  },
  {
    name: "Seeds",
    aliases: [],
    rulestring: "B2/S",
    description: "Every live cell dies at once; almost any start explodes.",
  },
  {
    name: "Day & Night",
    aliases: [],
    rulestring: "B3678/S34678",
    description: "Symmetric under swapping live and dead: islands of either behave alike.",
  },
  {
    name: "Life without Death",
    aliases: ["Flakes", "Inkspot"],
    rulestring: "B3/S012345678",
    description: "Life where nothing dies: patterns grow into ink blots and ladders.",
  },
  {
    name: "Replicator",
    aliases: [],
    rulestring: "B1357/S1357",
    description: "Every pattern is eventually replaced by copies of itself.",
  },
  {
    name: "Fredkin",
    aliases: [],
    rulestring: "B1357/S02468",
    description: "Parity of the nine-cell neighbourhood; every pattern replicates.",
  },
  {
    name: "2x2",
    aliases: [],
    rulestring: "B36/S125",
    description: "Patterns of 2x2 blocks stay made of 2x2 blocks; many oscillators.",
  },
  {
    name: "Diamoeba",
    aliases: [],
    rulestring: "B35678/S5678",
    description: "Large diamond-shaped blobs with restless edges.",
  },
  {
    name: "Morley",
    aliases: ["Move"],
    rulestring: "B368/S245",
    description: "Rich in spaceships and puffers.",
  },
  {
    name: "Anneal",
    aliases: ["Twisted Majority"],
    rulestring: "B4678/S35678",
    description: "A twisted majority vote: boundaries between live and dead smooth out.",
  },
  {
    name: "Vote",
    aliases: ["Majority"],
    rulestring: "B5678/S45678",
    description: "Each cell takes the majority of its nine-cell neighbourhood.",
  },
  {
    name: "Maze",
    aliases: [],
    rulestring: "B3/S12345",
    description: "Grows maze-like corridors.",
  },
  {
    name: "Mazectric",
    aliases: [],
    rulestring: "B3/S1234",
    description: "Mazes with long straight corridors.",
  },
  {
    name: "Coral",
    aliases: [],
    rulestring: "B3/S45678",
    description: "Slow, coral-like growth.",
  },
  {
    name: "Gnarl",
    aliases: [],
    rulestring: "B1/S1",
    description: "Born and kept alive by exactly one neighbour; grows gnarled, intricate shapes.",
  },
  {
    name: "Long Life",
    aliases: [],
    rulestring: "B345/S5",
    description: "Known for oscillators of very long period.",
  },
  {
    name: "DryLife",
    aliases: [],
    rulestring: "B37/S23",
    description: "Life plus birth on 7.",
  },
  {
    name: "Pedestrian Life",
    aliases: [],
    rulestring: "B38/S23",
    description: "Life plus birth on 8.",
  },
  {
    name: "34 Life",
    aliases: [],
    rulestring: "B34/S34",
    description: "Birth and survival on 3 or 4 neighbours.",
  },
  {
    name: "Amoeba",
    aliases: [],
    rulestring: "B357/S1358",
    description: "Chaotic, amoeba-like blobs.",
  },
  {
    name: "Assimilation",
    aliases: [],
    rulestring: "B345/S4567",
    description: "Very stable; grows diamond-shaped blobs.",
  },
  {
    name: "Coagulations",
    aliases: [],
    rulestring: "B378/S235678",
    description: "Chaotic growth that clots into solid blobs.",
  },
  {
    name: "Serviettes",
    aliases: [],
    rulestring: "B234/S",
    description: "Nothing survives; expanding, symmetric, napkin-like patterns.",
  },
  {
    name: "Walled Cities",
    aliases: [],
    rulestring: "B45678/S2345",
    description: "Walled regions with busy interiors.",
  },
  {
    name: "Stains",
    aliases: [],
    rulestring: "B3678/S235678",
    description: "Chaos that settles into stable stains.",
  },
  {
    name: "Flock",
    aliases: [],
    rulestring: "B3/S12",
    description: "Life with survival on 1 or 2 neighbours instead of 2 or 3.",
  },
  {
    name: "Live Free or Die",
    aliases: [],
    rulestring: "B2/S0",
    description: "Only cells with no live neighbours survive.",
  },
  {
    name: "Pseudo Life",
    aliases: [],
    rulestring: "B357/S238",
    description: "Chaos that looks like Life's, made of different objects.",
  },
  {
    name: "EightLife",
    aliases: [],
    rulestring: "B3/S238",
    description: "Life plus survival on 8.",
  },
  {
    name: "DotLife",
    aliases: [],
    rulestring: "B3/S023",
    description: "Life plus survival on 0, so lone cells live on.",
  },
  {
    name: "H-trees",
    aliases: [],
    rulestring: "B1/S012345678",
    description:
      "Nothing dies and one neighbour is enough for birth; small seeds grow H-tree fractals.",
  },
  {
    name: "tlife",
    aliases: [],
    rulestring: "B3/S2-i34q",
    description:
      "Isotropic non-totalistic Life variant with many natural spaceships and oscillators.",
  },
  {
    name: "HexLife",
    aliases: ["Hexagonal Life"],
    rulestring: "B2/S34H",
    description: "A Life-like rule on the hexagonal grid (six neighbours), rich in spaceships.",
  },
  {
    name: "Parity (von Neumann)",
    aliases: [],
    rulestring: "B13/S13V",
    description:
      "Each cell becomes the parity of its four orthogonal neighbours; every pattern replicates.",
  },
  {
    name: "Brian's Brain",
    aliases: [],
    rulestring: "/2/3",
    description:
      "Three states: live cells always die, passing through a dying state; endless sparks.",
  },
  {
    name: "Star Wars",
    aliases: [],
    rulestring: "345/2/4",
    description: "Four-state Generations rule full of ships and guns trailing dying cells.",
  },
  {
    name: "Bosco's Rule",
    aliases: ["Bosco"],
    rulestring: "R5,C0,M1,S34..58,B34..45,NM",
    description: "Larger than Life, range 5: the bugs (its gliders) were its first famous find.",
  },
  {
    name: "Majority (LtL)",
    aliases: [],
    rulestring: "R4,C0,M1,S41..81,B41..81,NM",
    description: "Larger than Life vote in a 9x9 square: regions of either state smooth out.",
  },
  {
    name: "LifeHistory",
    aliases: [],
    rulestring: "LifeHistory",
    description: "Conway's Life with extra states that record where cells have ever been alive.",
  },
  {
    name: "LifeSuper",
    aliases: [],
    rulestring: "LifeSuper",
    description: "Conway's Life with Golly's Super states: history, marks and cell tracking.",
  },
];
