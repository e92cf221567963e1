using PovertyRules.Rules;
using PovertyRules.Rules.County;
using CountyRecord = PovertyRules.Model.County;

namespace PovertyRules.Assessment;

/// <summary>
/// The result of assessing one county for de-capping: its status, the incidence tested and the threshold that
/// applied, the third-party figures with their intervals, one finding per applicable criterion and a receipt. Immutable.
/// </summary>
public sealed class CountyAssessment : LevelAssessment<CountyStatus>
{
    internal CountyAssessment(CountyFact fact, Receipt receipt, HouseholdTally? households)
        : this(fact, CountyCriteria.Catalog.Verdicts(fact), receipt, households)
    {
    }

    private CountyAssessment(CountyFact fact, Verdicts verdicts, Receipt receipt, HouseholdTally? households)
        : base(
            verdicts,
            StatusPrecedence.County(StatusPrecedence.Conclude(CountyCriteria.Catalog, verdicts)),
            fact.Region.Western,
            fact.IncidenceThreshold.Value,
            fact.Incidence.Value,
            receipt,
            households)
    {
        County = fact.County;
        Fact = fact;
        ComprehensiveIncidence = fact.ComprehensiveIncidence;
        Evaluation = fact.County.Evaluation is null ? null : new ThirdPartyEvaluation(fact.WrongExitEstimate, fact.OmissionEstimate, fact.ApprovalEstimate);
    }

    private CountyAssessment(CountyRecord? county, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
        : base(CountyStatus.InvalidInput, errors, receipt, households)
    {
        County = county;
    }

    /// <summary>
    /// The county as assessed: in a roll-up, with its remaining poor people counted from the households and its listed
    /// villages remaining counted from the village assessments.
    /// </summary>
    public CountyRecord? County { get; }

    /// <summary>The fact the county was assessed on (its record, the households not counted, the profile's parameters); <c>null</c> for invalid input.</summary>
    internal CountyFact? Fact { get; }

    /// <summary>The county's 6-digit code as recorded.</summary>
    public override string? Code => County?.Code;

    /// <summary>
    /// (remaining + omission rate × non-registered rural people + wrong-exit rate × exited people) / rural population;
    /// <c>null</c> when an input is missing. The incidence criterion tests it when the profile's
    /// <c>comprehensiveIncidence</c> option is on.
    /// </summary>
    public decimal? ComprehensiveIncidence { get; }

    /// <summary>The third-party figures with their 95% Wilson intervals; <c>null</c> when no sample is recorded.</summary>
    public ThirdPartyEvaluation? Evaluation { get; }

    private protected override IReadOnlyList<Finding> BuildFindings() => Fact is null ? [] : CountyCriteria.Catalog.Findings(Fact, Verdicts);

    private protected override IReadOnlyList<string> IdsOf(int mask) => CountyCriteria.Catalog.Ids(mask);

    internal static CountyAssessment Invalid(CountyRecord? county, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households) =>
        new(county, errors, receipt, households);
}
