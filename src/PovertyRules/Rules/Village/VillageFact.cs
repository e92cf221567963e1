namespace PovertyRules.Rules.Village;

/// <summary>
/// The one fact a village rule matches: the village, the parameters resolved for it, the households that could not be
/// counted, and what the criteria compare, computed once when the fact is built; the rules record their verdicts on it.
/// </summary>
internal sealed class VillageFact : AreaFact<VillageParameters>
{
    public VillageFact(Model.Village village, int unassessedHouseholds, VillageParameters parameters)
        : base(village.Code, village.RemainingPoorPeople, village.RuralPopulation, unassessedHouseholds, parameters)
    {
        Village = village;
        CollectiveIncome = Measure.Amount(village.CollectiveIncome);
        Procedure = village.Procedure ?? new DelistingProcedureRecord();
    }

    public Model.Village Village { get; }



    public Measure CollectiveIncome { get; }

    /// <summary>The delisting procedure as recorded; every step unrecorded when the village has no procedure record.</summary>
    public DelistingProcedureRecord Procedure { get; }
}
