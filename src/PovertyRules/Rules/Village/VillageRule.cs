namespace PovertyRules.Rules.Village;

/// <summary>A rule of the village delisting rule set, in the one shape of <see cref="CriterionRule{TFact}"/>.</summary>
internal abstract class VillageRule(Criterion<VillageFact> criterion) : CriterionRule<VillageFact>(criterion);
