using CountyRecord = PovertyRules.Model.County;

namespace PovertyRules.Rules.County;

/// <summary>
/// The one fact a county rule matches: the county, the parameters resolved for it, the households that could not be
/// counted, and what the criteria compare — the incidence the profile tests and the three third-party rates with
/// their intervals — computed once when the fact is built; the rules record their verdicts on it.
/// </summary>
internal sealed class CountyFact : LevelFact
{
    private static readonly DecappingProcedureRecord NoProcedure = new();

    public CountyFact(CountyRecord county, int unassessedHouseholds, CountyParameters parameters)
    {
        County = county;
        UnassessedHouseholds = unassessedHouseholds;
        Parameters = parameters;
        Region = Region.Of(parameters.Profile, county.Code);
        IncidenceThreshold = Region.Western ? parameters.WesternIncidenceThreshold : parameters.IncidenceThreshold;
        PlainIncidence = new Measure(county.RemainingPoorPeople, county.RuralPopulation, Complete: unassessedHouseholds == 0);
        var comprehensive = ComprehensiveScaled(county);
        ComprehensiveIncidence = comprehensive?.Value;
        Incidence = !parameters.Comprehensive ? PlainIncidence
            // Omitted and wrongly exited people only add to the remaining ones, so a remaining count that already
            // fails is decisive even when the rest cannot be estimated.
            : comprehensive is { } scaled ? scaled with { Complete = unassessedHouseholds == 0 } : PlainIncidence with { Complete = false };
        var sample = county.Evaluation;
        WrongExit = new Measure(sample?.WronglyExitedPeople, sample?.ExitedPeopleSampled);
        Omission = new Measure(sample?.OmittedPoorPeople, sample?.NonRegisteredPeopleSampled);
        Approval = new Measure(sample?.HouseholdsApproving, sample?.HouseholdsSurveyed);
        if (sample is not null)
        {
            (WrongExitEstimate, OmissionEstimate, ApprovalEstimate) = SampleRate.Estimate(sample, parameters);
        }

        RuralIncome = Measure.Amount(county.RuralPerCapitaIncome);
        Procedure = county.Procedure ?? NoProcedure;
    }

    public CountyRecord County { get; }

    /// <summary>Households of the county whose records were rejected: their people are not in the remaining count.</summary>
    public int UnassessedHouseholds { get; }

    public CountyParameters Parameters { get; }

    public Region Region { get; }

    /// <summary>The incidence threshold of the county's region.</summary>
    public Threshold IncidenceThreshold { get; }

    /// <summary>Remaining poor people of the rural population.</summary>
    public Measure PlainIncidence { get; }

    /// <summary>
    /// (remaining + omission rate × non-registered rural people + wrong-exit rate × exited people) / rural population;
    /// <c>null</c> when an input is missing.
    /// </summary>
    public decimal? ComprehensiveIncidence { get; }

    /// <summary>
    /// The incidence the profile tests: plain, or comprehensive (kept as integers scaled by the sample sizes, so that a
    /// value exactly on the threshold is compared exactly).
    /// </summary>
    public Measure Incidence { get; }

    public Measure WrongExit { get; }

    public Measure Omission { get; }

    public Measure Approval { get; }

    public RateEstimate? WrongExitEstimate { get; }

    public RateEstimate? OmissionEstimate { get; }

    public RateEstimate? ApprovalEstimate { get; }

    public Measure RuralIncome { get; }

    /// <summary>The de-capping procedure as recorded; every step unrecorded when the county has no procedure record.</summary>
    public DecappingProcedureRecord Procedure { get; }

    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <summary>
    /// The comprehensive incidence's numerator and denominator, the estimates scaling the sampled rates to the county:
    /// omission rate × non-registered rural people (rural population − remaining − exited) and wrong-exit rate × exited
    /// people, all multiplied by both sample sizes so that they stay integers.
    /// </summary>
    private static Measure? ComprehensiveScaled(CountyRecord county)
    {
        var sample = county.Evaluation;
        if (county is not { RemainingPoorPeople: { } remaining, RuralPopulation: { } population, ExitedPeople: { } exited }
            || sample is not { ExitedPeopleSampled: > 0 and var exitedSampled, WronglyExitedPeople: { } wrong, NonRegisteredPeopleSampled: > 0 and var nonRegisteredSampled, OmittedPoorPeople: { } omitted })
        {
            return null;
        }

        var scale = (decimal)exitedSampled * nonRegisteredSampled;
        var nonRegistered = (decimal)population - remaining - exited;
        var numerator = (remaining * scale) + ((decimal)wrong * exited * nonRegisteredSampled) + ((decimal)omitted * nonRegistered * exitedSampled);
        return new Measure(numerator, population * scale);
    }
}
