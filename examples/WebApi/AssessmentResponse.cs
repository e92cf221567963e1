using PovertyRules.Assessment;
using PovertyRules.Rules;

namespace PovertyRules.WebApi;

/// <summary>One assessment as the API answers it: the outcome, the criteria not met or unknown, every finding with its clause, and the receipt.</summary>
/// <param name="Code">The household id, or the village's or county's code.</param>
/// <param name="Status">The outcome.</param>
/// <param name="FailedCriteria">Ids of the criteria known not to be met.</param>
/// <param name="UnknownCriteria">Ids of the criteria an unrecorded input leaves unknown.</param>
/// <param name="Errors">For invalid input: each field and why.</param>
/// <param name="Findings">Each criterion: actual value, threshold, citation, messages.</param>
/// <param name="Receipt">Profile, parameter hash and rule-set version: what reproduces the decision.</param>
public sealed record AssessmentResponse(
    string? Code,
    string Status,
    IReadOnlyList<string> FailedCriteria,
    IReadOnlyList<string> UnknownCriteria,
    IReadOnlyList<InputError> Errors,
    IReadOnlyList<Finding> Findings,
    Receipt Receipt)
{
    public static AssessmentResponse Of(HouseholdAssessment a) =>
        new(a.HouseholdId, a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Errors, a.Findings, a.Receipt);

    public static AssessmentResponse Of<TStatus>(LevelAssessment<TStatus> a)
        where TStatus : struct, Enum =>
        new(a.Code, a.Status.ToString(), a.FailedCriteria, a.UnknownCriteria, a.Errors, a.Findings, a.Receipt);
}
