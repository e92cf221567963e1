using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Rules.Village;

/// <summary>
/// The one fact a village rule matches: the village, the parameters resolved for it, the households that could not be
/// counted, and what the criteria compare, computed once when the fact is built; the rules record their verdicts on it.
/// </summary>
internal sealed class VillageFact : LevelFact
{
    private static readonly DelistingProcedureRecord NoProcedure = new();

    public VillageFact(VillageRecord village, int unassessedHouseholds, VillageParameters parameters)
    {
        Village = village;
        UnassessedHouseholds = unassessedHouseholds;
        Parameters = parameters;
        Region = Region.Of(parameters.Profile, village.Code);
        IncidenceThreshold = Region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
        Incidence = new Measure(village.RemainingPoorPeople, village.RuralPopulation, Complete: unassessedHouseholds == 0);
        CollectiveIncome = Measure.Amount(village.CollectiveIncome);
        Procedure = village.Procedure ?? NoProcedure;
    }

    public VillageRecord Village { get; }

    /// <summary>Households of the village whose records were rejected: their people are not in the remaining count.</summary>
    public int UnassessedHouseholds { get; }

    public VillageParameters Parameters { get; }

    public Region Region { get; }

    /// <summary>The incidence threshold of the village's region.</summary>
    public Threshold IncidenceThreshold { get; }

    /// <summary>Remaining poor people of the rural population; incomplete when household records were rejected.</summary>
    public Measure Incidence { get; }

    public Measure CollectiveIncome { get; }

    /// <summary>The delisting procedure as recorded; every step unrecorded when the village has no procedure record.</summary>
    public DelistingProcedureRecord Procedure { get; }

    public override int ApplicableMask => Parameters.ApplicableMask;
}
