namespace PovertyRules.Rules.County;

/// <summary>
/// The one fact a county rule matches: the county, the parameters resolved for it, the households that could not be
/// counted, and what the criteria compare — the incidence the profile tests and the three third-party rates with
/// their intervals — computed once when the fact is built; the rules record their verdicts on it.
/// </summary>
internal sealed class CountyFact : AreaFact<CountyParameters>
{
    public CountyFact(Model.County county, int unassessedHouseholds, CountyParameters parameters)
        : base(county.Code, county.RemainingPoorPeople, county.RuralPopulation, unassessedHouseholds, parameters)
    {
        County = county;
        var comprehensive = ComprehensiveScaled(county);
        ComprehensiveIncidence = comprehensive?.Value;
        TestedIncidence = !parameters.Comprehensive ? Incidence
            // Omitted and wrongly exited people only add to the remaining ones, so a remaining count that already
            // fails is decisive even when the rest cannot be estimated.
            : comprehensive is { } scaled ? scaled with { Complete = unassessedHouseholds == 0 } : Incidence with { Complete = false };
        var sample = county.Evaluation;
        WrongExit = new Measure(sample?.WronglyExitedPeople, sample?.ExitedPeopleSampled);
        Omission = new Measure(sample?.OmittedPoorPeople, sample?.NonRegisteredPeopleSampled);
        Approval = new Measure(sample?.HouseholdsApproving, sample?.HouseholdsSurveyed);
        if (sample is not null)
        {
            (WrongExitEstimate, OmissionEstimate, ApprovalEstimate) = SampleRate.Estimate(sample, parameters);
        }

        RuralPerCapitaIncome = Measure.Amount(county.RuralPerCapitaIncome);
        Procedure = county.Procedure ?? new DecappingProcedureRecord();
    }

    public Model.County County { get; }



    /// <summary>
    /// (remaining + omission rate × non-registered rural people + wrong-exit rate × exited people) / rural population;
    /// <c>null</c> when an input is missing.
    /// </summary>
    public decimal? ComprehensiveIncidence { get; }

    /// <summary>
    /// The incidence the profile tests: plain, or comprehensive (kept as integers scaled by the sample sizes, so that a
    /// value exactly on the threshold is compared exactly).
    /// </summary>
    public Measure TestedIncidence { get; }

    public Measure WrongExit { get; }

    public Measure Omission { get; }

    public Measure Approval { get; }

    public RateEstimate? WrongExitEstimate { get; }

    public RateEstimate? OmissionEstimate { get; }

    public RateEstimate? ApprovalEstimate { get; }

    public Measure RuralPerCapitaIncome { get; }

    /// <summary>The de-capping procedure as recorded; every step unrecorded when the county has no procedure record.</summary>
    public DecappingProcedureRecord Procedure { get; }

    /// <summary>
    /// The comprehensive incidence's numerator and denominator, the estimates scaling the sampled rates to the county:
    /// omission rate × non-registered rural people (rural population − remaining − exited) and wrong-exit rate × exited
    /// people, all multiplied by both sample sizes so that they stay integers.
    /// </summary>
    private static Measure? ComprehensiveScaled(Model.County county)
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
