using PovertyRules.Rules;

namespace PovertyRules.Assessment;

/// <summary>
/// The order in which verdicts decide an outcome, the same at every level (three-valued: a known failure is decisive
/// over a missing input): an excluded category that holds (wrongly registered) comes first; then a criterion known not
/// to be met; then a criterion that could not be decided; then a procedure step not done or not recorded; otherwise the
/// record passes.
/// </summary>
internal static class StatusPrecedence
{
    /// <param name="verdicts">The fact's verdicts over its catalog.</param>
    /// <param name="exclusions">Bit i set when criterion i is an excluded category.</param>
    /// <param name="procedure">Bit i set when criterion i is a procedure step.</param>
    public static Conclusion Conclude(Verdicts verdicts, int exclusions, int procedure)
    {
        if ((verdicts.NotMet & exclusions) != 0)
        {
            return Conclusion.Excluded;
        }

        if ((verdicts.NotMet & ~exclusions & ~procedure) != 0)
        {
            return Conclusion.Fail;
        }

        if ((verdicts.Unknown & ~procedure) != 0)
        {
            return Conclusion.Undetermined;
        }

        return ((verdicts.NotMet | verdicts.Unknown) & procedure) != 0 ? Conclusion.ProcedurePending : Conclusion.Pass;
    }

    /// <summary>The conclusion of a fact of a level whose criteria are listed in <paramref name="catalog"/>.</summary>
    public static Conclusion Conclude<TFact>(CriteriaCatalog<TFact> catalog, Verdicts verdicts)
        where TFact : LevelFact =>
        Conclude(verdicts, Masks<TFact>.Exclusions(catalog), Masks<TFact>.Procedure(catalog));

    /// <summary>The household's name for a conclusion.</summary>
    public static HouseholdStatus Household(Conclusion conclusion) =>
        conclusion switch
        {
            Conclusion.Pass => HouseholdStatus.MayExit,
            Conclusion.ProcedurePending => HouseholdStatus.EligibleProcedurePending,
            Conclusion.Fail => HouseholdStatus.RemainsPoor,
            Conclusion.Excluded => HouseholdStatus.IneligibleWronglyRegistered,
            _ => HouseholdStatus.Undetermined,
        };

    /// <summary>The village's name for a conclusion (a village has no excluded categories).</summary>
    public static VillageStatus Village(Conclusion conclusion) =>
        conclusion switch
        {
            Conclusion.Pass => VillageStatus.MayDelist,
            Conclusion.ProcedurePending => VillageStatus.EligibleProcedurePending,
            Conclusion.Fail or Conclusion.Excluded => VillageStatus.RemainsListed,
            _ => VillageStatus.Undetermined,
        };

    /// <summary>The county's name for a conclusion (a county has no excluded categories).</summary>
    public static CountyStatus County(Conclusion conclusion) =>
        conclusion switch
        {
            Conclusion.Pass => CountyStatus.MayExit,
            Conclusion.ProcedurePending => CountyStatus.EligibleProcedurePending,
            Conclusion.Fail or Conclusion.Excluded => CountyStatus.RemainsDesignated,
            _ => CountyStatus.Undetermined,
        };

    /// <summary>The kind masks of a catalog, worked out once per level.</summary>
    private static class Masks<TFact>
        where TFact : LevelFact
    {
        private static int _exclusions = -1;
        private static int _procedure = -1;

        public static int Exclusions(CriteriaCatalog<TFact> catalog) =>
            _exclusions >= 0 ? _exclusions : _exclusions = catalog.MaskOf(CriterionKind.Exclusion);

        public static int Procedure(CriteriaCatalog<TFact> catalog) =>
            _procedure >= 0 ? _procedure : _procedure = catalog.MaskOf(CriterionKind.ProcedureStep);
    }
}
