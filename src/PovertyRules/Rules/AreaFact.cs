namespace PovertyRules.Rules;

/// <summary>
/// What a village's and a county's fact share: the code's region and its incidence threshold, the households that
/// could not be counted, and the incidence of remaining poor people among the rural registered population.
/// </summary>
/// <typeparam name="TParameters">The level's parameters.</typeparam>
internal abstract class AreaFact<TParameters> : LevelFact
    where TParameters : AreaParameters
{
    protected AreaFact(string code, int? remainingPoorPeople, int? ruralPopulation, int unassessedHouseholds, TParameters parameters)
    {
        UnassessedHouseholds = unassessedHouseholds;
        Parameters = parameters;
        Region = Region.Of(parameters.Profile, code);
        IncidenceThreshold = Region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
        Incidence = new Measure(remainingPoorPeople, ruralPopulation, Complete: unassessedHouseholds == 0);
    }

    /// <summary>Households of the area whose records were rejected: their people are not in the remaining count.</summary>
    public int UnassessedHouseholds { get; }

    public TParameters Parameters { get; }

    public Region Region { get; }

    /// <summary>The incidence threshold of the area's region.</summary>
    public Threshold IncidenceThreshold { get; }

    /// <summary>Remaining poor people of the rural population; incomplete when household records were rejected.</summary>
    public Measure Incidence { get; }

    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <inheritdoc />
    public override Policy.PolicyProfile Profile => Parameters.Profile;
}
