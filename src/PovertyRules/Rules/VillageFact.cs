using PovertyRules.Evaluation;
using PovertyRules.Model;
using PovertyRules.Policy;
using VillageRecord = PovertyRules.Model.Village;

namespace PovertyRules.Rules;

/// <summary>
/// The one fact a village rule matches: the village with the parameters resolved for it, the households that could not
/// be counted, and the verdicts the rules record.
/// </summary>
internal sealed class VillageFact : LevelFact
{
    public VillageFact(VillageRecord village, int unassessedHouseholds, VillageParameters parameters)
    {
        Village = village;
        UnassessedHouseholds = unassessedHouseholds;
        Parameters = parameters;
        Region = Region.Of(parameters.Profile, village.Code);
        IncidenceThreshold = Region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
    }

    public VillageRecord Village { get; }

    /// <summary>Households of the village whose records were rejected: their people are not in the remaining count.</summary>
    public int UnassessedHouseholds { get; }

    public VillageParameters Parameters { get; }

    public Region Region { get; }

    public decimal IncidenceThreshold { get; }

    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <summary>Remaining poor people / rural population, when both are known (a lower bound if households were not counted).</summary>
    public decimal? Incidence => Village is { RemainingPoorPeople: { } remaining, RuralPopulation: > 0 and var population }
        ? (decimal)remaining / population
        : null;

    public bool Requires(VillageFacilities facility) => (Parameters.RequiredFacilities & facility) != 0;

    public void Record(Criterion<VillageFact> criterion, Verdict verdict) => Record(criterion.Index, verdict);
}

/// <summary>A profile's village parameters resolved once for fast reading by the village rules.</summary>
internal sealed class VillageParameters
{
    public VillageParameters(PolicyProfile profile, Receipt receipt)
    {
        Profile = profile;
        Receipt = receipt;
        IncidenceThreshold = profile.VillageIncidenceThreshold.Value;
        WesternIncidenceThreshold = profile.WesternVillageIncidenceThreshold.Value;
        RequiredFacilities = profile.VillageRequiredFacilities.Value;
        MinimumCollectiveIncome = profile.VillageMinimumCollectiveIncome.Value;
        ApplicableMask = VillageCriteria.ApplicableMask(this);
    }

    public PolicyProfile Profile { get; }

    public Receipt Receipt { get; }

    public decimal IncidenceThreshold { get; }

    public decimal WesternIncidenceThreshold { get; }

    public VillageFacilities RequiredFacilities { get; }

    public decimal? MinimumCollectiveIncome { get; }

    /// <summary>Bit i set when criterion i of <see cref="VillageCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }
}
