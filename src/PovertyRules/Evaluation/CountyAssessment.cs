using PovertyRules.Rules;
using CountyRecord = PovertyRules.Model.County;

namespace PovertyRules.Evaluation;

/// <summary>
/// The result of assessing one county for de-capping: its status, the incidence tested and the threshold that
/// applied, the third-party figures with their intervals, one finding per applicable criterion and a receipt. Immutable.
/// </summary>
public sealed class CountyAssessment
{
    internal CountyAssessment(CountyFact fact, HouseholdTally? households)
    {
        var catalog = CountyCriteria.Catalog;
        var applicable = fact.ApplicableMask;
        var notMet = fact.NotMetMask & applicable;
        var unknown = fact.UnknownMask & applicable & ~notMet;
        County = fact.County;
        Households = households;
        Status = catalog.Conclude(applicable, notMet, unknown) switch
        {
            LevelConclusion.Pass => CountyStatus.MayExit,
            LevelConclusion.ProcedurePending => CountyStatus.EligibleProcedurePending,
            LevelConclusion.Fail => CountyStatus.RemainsDesignated,
            _ => CountyStatus.Undetermined,
        };
        Western = fact.Region.Western;
        IncidenceThreshold = fact.IncidenceThreshold;
        Incidence = fact.Incidence;
        ComprehensiveIncidence = fact.ComprehensiveIncidence;
        Evaluation = fact.Evaluation;
        Findings = catalog.Findings(fact, applicable, notMet, unknown);
        FailedCriteria = catalog.Ids(notMet);
        UnknownCriteria = catalog.Ids(unknown);
        Receipt = fact.Parameters.Receipt;
        Errors = [];
    }

    private CountyAssessment(CountyRecord? county, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households)
    {
        County = county;
        Households = households;
        Status = CountyStatus.InvalidInput;
        Errors = errors;
        Receipt = receipt;
        Findings = [];
        FailedCriteria = [];
        UnknownCriteria = [];
    }

    /// <summary>
    /// The county as assessed: in a roll-up, with its remaining poor people counted from the households and its listed
    /// villages remaining counted from the village assessments.
    /// </summary>
    public CountyRecord? County { get; }

    /// <summary>The county's 6-digit code as recorded.</summary>
    public string? Code => County?.Code;

    /// <summary>The outcome.</summary>
    public CountyStatus Status { get; }

    /// <summary>Whether the western-region threshold applied (by province or per-county override).</summary>
    public bool Western { get; }

    /// <summary>The incidence the county must be strictly below (a share 0–1); 0 for invalid input.</summary>
    public decimal IncidenceThreshold { get; }

    /// <summary>Remaining poor people / rural registered population (a share 0–1); <c>null</c> when either is missing.</summary>
    public decimal? Incidence { get; }

    /// <summary>
    /// (remaining + omission rate × non-registered rural people + wrong-exit rate × exited people) / rural population;
    /// <c>null</c> when an input is missing. The incidence criterion tests it when the profile's
    /// <c>comprehensiveIncidence</c> option is on.
    /// </summary>
    public decimal? ComprehensiveIncidence { get; }

    /// <summary>The third-party figures with their 95% Wilson intervals; <c>null</c> when no sample is recorded.</summary>
    public ThirdPartyEvaluation? Evaluation { get; }

    /// <summary>The households counted for the county in a roll-up; <c>null</c> when the county was assessed on its own.</summary>
    public HouseholdTally? Households { get; }

    /// <summary>Why the record was rejected; empty unless <see cref="Status"/> is <see cref="CountyStatus.InvalidInput"/>.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, parameter hash and county rule-set version the decision was made with.</summary>
    public Receipt Receipt { get; }

    /// <summary>One finding per criterion that applies under the profile, in report order; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The ids of the criteria that are not met.</summary>
    public IReadOnlyList<string> FailedCriteria { get; }

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>code: status [failed criteria]</c>.</summary>
    public override string ToString() =>
        Status == CountyStatus.InvalidInput
            ? $"{Code}: {Status} ({string.Join("; ", Errors)})"
            : $"{Code}: {Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";

    internal static CountyAssessment Invalid(CountyRecord? county, IReadOnlyList<InputError> errors, Receipt receipt, HouseholdTally? households) =>
        new(county, errors, receipt, households);
}
