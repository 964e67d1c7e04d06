/** A named rule (any family), for menus and for accepting names where a rulestring is expected. */
export interface RulePreset {
  /** The usual name, as LifeWiki spells it. */
  readonly name: string;
  /** Other names it goes by, also accepted by `parseRule`. */
  readonly aliases: readonly string[];
  /** Canonical rulestring, as `formatRule` writes it. */
  readonly rulestring: string;
  readonly description: string;
}
