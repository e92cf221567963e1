using PovertyRules.Assessment;
using PovertyRules.Rules;

namespace PovertyRules.Scenarios;

/// <summary>What a scenario compares, whichever level was assessed.</summary>
internal sealed record AssessedOutcome(
    string Status,
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> Unknown,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<InputError> Errors,
    Receipt Receipt)
{
    public HouseholdAssessment? Household { get; private init; }

    public VillageAssessment? Village { get; private init; }

    public CountyAssessment? County { get; private init; }

    public AccountabilityAssessment? Accountability { get; private init; }
    public IReadOnlyDictionary<string, string> Figures { get; init; } = new Dictionary<string, string>();
    public MonitoringAssessment? Monitoring { get; private init; }

    public static AssessedOutcome Of(MonitoringAssessment a) =>
        new(a.Status.ToString(), a.Risks, a.UnknownCriteria, [.. a.Findings, .. a.Elimination?.Findings ?? []], a.Errors, a.Receipt) { Monitoring = a };

    public static AssessedOutcome Of(HouseholdAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { Household = a };

    public static AssessedOutcome Of(VillageAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { Village = a };

    public static AssessedOutcome Of(CountyAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { County = a };

    public static AssessedOutcome Of(AccountabilityAssessment a) =>
        new(a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Findings, a.Errors, a.Receipt) { Accountability = a };
}
