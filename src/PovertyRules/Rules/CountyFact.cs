using PovertyRules.Evaluation;
using PovertyRules.Policy;
using CountyRecord = PovertyRules.Model.County;

namespace PovertyRules.Rules;

/// <summary>
/// The one fact a county rule matches: the county with the parameters resolved for it, its third-party figures, the
/// households that could not be counted, and the verdicts the rules record.
/// </summary>
internal sealed class CountyFact : LevelFact
{
    public CountyFact(CountyRecord county, int unassessedHouseholds, CountyParameters parameters)
    {
        County = county;
        UnassessedHouseholds = unassessedHouseholds;
        Parameters = parameters;
        Region = Region.Of(parameters.Profile, county.Code);
        IncidenceThreshold = Region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
        Evaluation = county.Evaluation is { } sample
            ? ThirdPartyEvaluation.From(sample, parameters.WrongExitThreshold, parameters.OmissionThreshold, parameters.ApprovalThreshold)
            : null;
    }

    public CountyRecord County { get; }

    /// <summary>Households of the county whose records were rejected: their people are not in the remaining count.</summary>
    public int UnassessedHouseholds { get; }

    public CountyParameters Parameters { get; }

    public Region Region { get; }

    public decimal IncidenceThreshold { get; }

    public ThirdPartyEvaluation? Evaluation { get; }

    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <summary>Remaining poor people / rural population, when both are known.</summary>
    public decimal? Incidence => County is { RemainingPoorPeople: { } remaining, RuralPopulation: > 0 and var population }
        ? (decimal)remaining / population
        : null;

    /// <summary>
    /// (remaining + estimated omitted + estimated wrongly exited people) / rural population, the estimates scaling the
    /// sampled rates to the county: omission rate × non-registered rural people (rural population − remaining − exited)
    /// and wrong-exit rate × exited people. <c>null</c> when an input is missing.
    /// </summary>
    public decimal? ComprehensiveIncidence => ComprehensiveScaled() is { } scaled ? scaled.Numerator / scaled.Denominator : null;

    /// <summary>
    /// The numerator, whether all of it is known, and the denominator of the incidence the profile tests; the
    /// comprehensive one is kept as integers scaled by the sample sizes, so that a value exactly on the threshold is
    /// compared exactly.
    /// </summary>
    public (decimal? Numerator, bool Complete, decimal? Denominator) IncidenceTerms()
    {
        var remaining = County.RemainingPoorPeople;
        var counted = UnassessedHouseholds == 0;
        if (!Parameters.Comprehensive)
        {
            return (remaining, counted, County.RuralPopulation);
        }

        // Omitted and wrongly exited people only add to the remaining ones (and the estimate grows with the remaining
        // count), so a remaining count that already fails is decisive even when the rest cannot be estimated.
        return ComprehensiveScaled() is { } scaled
            ? (scaled.Numerator, counted, scaled.Denominator)
            : (remaining, false, County.RuralPopulation);
    }

    public void Record(Criterion<CountyFact> criterion, Verdict verdict) => Record(criterion.Index, verdict);

    private (decimal Numerator, decimal Denominator)? ComprehensiveScaled()
    {
        var sample = County.Evaluation;
        if (County is not { RemainingPoorPeople: { } remaining, RuralPopulation: { } population, ExitedPeople: { } exited }
            || sample is not { ExitedPeopleSampled: > 0 and var exitedSampled, WronglyExitedPeople: { } wrong, NonRegisteredPeopleSampled: > 0 and var nonRegisteredSampled, OmittedPoorPeople: { } omitted })
        {
            return null;
        }

        var scale = (decimal)exitedSampled * nonRegisteredSampled;
        var nonRegistered = (decimal)population - remaining - exited;
        var numerator = (remaining * scale) + ((decimal)wrong * exited * nonRegisteredSampled) + ((decimal)omitted * nonRegistered * exitedSampled);
        return (numerator, population * scale);
    }
}

/// <summary>A profile's county parameters resolved once for fast reading by the county rules.</summary>
internal sealed class CountyParameters
{
    public CountyParameters(PolicyProfile profile, Receipt receipt)
    {
        Profile = profile;
        Receipt = receipt;
        IncidenceThreshold = profile.CountyIncidenceThreshold.Value;
        WesternIncidenceThreshold = profile.WesternCountyIncidenceThreshold.Value;
        WrongExitThreshold = profile.WrongExitRateThreshold.Value;
        OmissionThreshold = profile.OmissionRateThreshold.Value;
        ApprovalThreshold = profile.PublicApprovalThreshold.Value;
        Comprehensive = profile.ComprehensiveIncidence.Value;
        MinimumRuralIncome = profile.CountyMinimumRuralIncome.Value;
        ApplicableMask = CountyCriteria.ApplicableMask(this);
    }

    public PolicyProfile Profile { get; }

    public Receipt Receipt { get; }

    public decimal IncidenceThreshold { get; }

    public decimal WesternIncidenceThreshold { get; }

    public decimal WrongExitThreshold { get; }

    public decimal OmissionThreshold { get; }

    public decimal ApprovalThreshold { get; }

    public bool Comprehensive { get; }

    public decimal? MinimumRuralIncome { get; }

    /// <summary>Bit i set when criterion i of <see cref="CountyCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }
}
