using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.RollUp;

/// <summary>
/// The household → village → county roll-up on an engine: <c>engine.AssessHierarchy(households, villages, counties,
/// profile)</c> assesses the households and, from the same streaming pass, their villages and counties.
/// </summary>
public static class HierarchyRollUps
{
    /// <summary>
    /// Assesses households, then their villages and counties, under <paramref name="profile"/>: one streaming pass
    /// over <paramref name="households"/> counts each village's and county's remaining poor people, whose incidence
    /// the village and county rule sets then test. Memory grows with the number of villages; per household only its
    /// id's 64-bit hash is kept (about 28 bytes, to count a repeated id once).
    /// </summary>
    /// <param name="engine">The engine that assesses every level.</param>
    /// <param name="households">The register's households, read once, lazily.</param>
    /// <param name="villages">The villages to assess for delisting (read before the households).</param>
    /// <param name="counties">The counties to assess for de-capping (read before the households).</param>
    /// <param name="profile">The policy profile.</param>
    /// <param name="options">Batching and parallelism of the household pass.</param>
    /// <remarks>
    /// The counting rule is <see cref="HouseholdTally.CountsAsRemainingPoor"/>. Counted figures replace recorded ones:
    /// a village's or county's remaining poor people come from its households, a county's listed villages remaining
    /// from its village assessments. Nothing vanishes: households of villages without a descriptor count for their
    /// county and are listed in <see cref="CountyResult.UndescribedVillages"/>; households, villages and counties of a
    /// county without a descriptor form a result without an assessment; households with an unusable village code are
    /// in <see cref="HierarchyAssessment.Unattributed"/>; null, malformed-code and duplicate descriptors are rejected
    /// with their reasons. A household id repeated in the run is counted once: the later records are invalid input
    /// (see <see cref="PovertyRulesEngine.AssessMany"/>) and go to <see cref="HierarchyAssessment.Repeated"/>, never
    /// into a village.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is not usable.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option of <paramref name="options"/> is out of its range.</exception>
    /// <exception cref="BulkSourceException">
    /// <paramref name="households"/> threw while being read: every household read before it was assessed and counted,
    /// and the exception carries how many; no partial result is given.
    /// </exception>
    /// <exception cref="BulkCanceledException">
    /// <paramref name="cancellationToken"/> was cancelled: the household pass stopped within one batch; no partial
    /// result is given (a village judged on part of its households would look like a real outcome), and the exception
    /// says how many households were read and assessed.
    /// </exception>
    /// <param name="cancellationToken">Stops the run within one batch.</param>
    public static HierarchyAssessment AssessHierarchy(
        this PovertyRulesEngine engine,
        IEnumerable<Household?> households,
        IEnumerable<Village?> villages,
        IEnumerable<County?> counties,
        PolicyProfile profile,
        BulkOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentNullException.ThrowIfNull(profile);
        engine.PrepareLevels(profile);
        var rollUp = new HierarchyRollUp(villages, counties);
        try
        {
            rollUp.Count(engine.AssessMany(households, profile, options, cancellationToken), expected: null);
        }
        catch (BulkCanceledException canceled)
        {
            throw new BulkCanceledException(
                $"The hierarchy run was cancelled after {canceled.RecordsRead:N0} households read, {canceled.RecordsAssessed:N0} of them assessed; no village or county result is given: one judged on part of its households would look like a real outcome.",
                canceled.RecordsRead,
                canceled.RecordsAssessed,
                0,
                cancellationToken);
        }

        return rollUp.Assess(engine, profile);
    }

    /// <summary>
    /// Rolls up household assessments made earlier (e.g. by <see cref="PovertyRulesEngine.AssessMany"/> while writing
    /// them out) and assesses the villages and counties; otherwise as the overload that takes households.
    /// </summary>
    /// <param name="engine">The engine that assesses the villages and counties.</param>
    /// <param name="assessments">
    /// Household assessments made under <paramref name="profile"/>, read once, never held; an id met again is counted
    /// in <see cref="HierarchyAssessment.Repeated"/>, not twice.
    /// </param>
    /// <param name="villages">The villages to assess for delisting.</param>
    /// <param name="counties">The counties to assess for de-capping.</param>
    /// <param name="profile">The policy profile the households were assessed under.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or the stream holds a null assessment.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="profile"/> is not usable, or an assessment was made under another profile (its receipt names it).
    /// </exception>
    /// <exception cref="BulkSourceException">
    /// <paramref name="assessments"/> threw while being read (an engine stream's <see cref="BulkSourceException"/> is
    /// unwrapped to its source's exception): the exception carries how many were counted; no partial result is given.
    /// </exception>
    public static HierarchyAssessment AssessHierarchy(
        this PovertyRulesEngine engine,
        IEnumerable<HouseholdAssessment> assessments,
        IEnumerable<Village?> villages,
        IEnumerable<County?> counties,
        PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(assessments);
        ArgumentNullException.ThrowIfNull(villages);
        ArgumentNullException.ThrowIfNull(counties);
        ArgumentNullException.ThrowIfNull(profile);
        engine.PrepareLevels(profile);
        var rollUp = new HierarchyRollUp(villages, counties);
        rollUp.Count(assessments, expected: engine.ReceiptFor(profile));
        return rollUp.Assess(engine, profile);
    }
}
