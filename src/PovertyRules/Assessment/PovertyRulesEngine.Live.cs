using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

// What a live register needs beside the public surface: a few households assessed at once on the calling thread.
public sealed partial class PovertyRulesEngine
{
    /// <summary>
    /// Assesses <paramref name="households"/> under <paramref name="profile"/> on the calling thread, in input order,
    /// each exactly as <see cref="Assess"/> would (one household alone reuses a pooled session).
    /// </summary>
    internal HouseholdAssessment[] AssessHouseholds(IReadOnlyList<HouseholdRecord?> households, PolicyProfile profile) =>
        Households(profile).AssessAll(households);
}
