using PovertyRules.Assessment;

namespace PovertyRules.Distance;

/// <summary>
/// The distance to exit of an assessed household, village or county: taken from the assessment itself (its verdicts,
/// the record and the profile's parameters it was made with), so that it cannot be paired with another record or
/// profile.
/// </summary>
/// <example>
/// <code>
/// var assessment = engine.Assess(household, PolicyProfiles.National(2016));
/// var distance = assessment.DistanceToExit();
/// foreach (var change in distance.Changes) Console.WriteLine(change.MessageEn);
/// </code>
/// </example>
public static class DistanceExtensions
{
    /// <summary>
    /// The household's distance to exit: for a household that remains poor (or whose procedure is pending), the
    /// smallest set of changes that would let it exit; for an undetermined one, the inputs to collect; none for a
    /// household that may exit, and no distance for a wrongly registered one or invalid input.
    /// </summary>
    /// <param name="assessment">The household's assessment.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static ExitDistance DistanceToExit(this HouseholdAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return HouseholdDistance.Of(assessment);
    }

    /// <summary>
    /// The village's distance to delisting: remaining poor people who must exit for the incidence to pass, facilities
    /// missing, collective income lacking, procedure steps; or the inputs to collect for an undetermined village.
    /// </summary>
    /// <param name="assessment">The village's assessment (alone or from a roll-up).</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static ExitDistance DistanceToExit(this VillageAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return VillageDistance.Of(assessment);
    }

    /// <summary>
    /// The county's distance to de-capping: for each failing third-party rate the sampled cases it allows against those
    /// found, remaining poor people who must exit for the incidence to pass, rural income lacking, procedure steps; or
    /// the inputs to collect for an undetermined county.
    /// </summary>
    /// <param name="assessment">The county's assessment (alone or from a roll-up).</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static ExitDistance DistanceToExit(this CountyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return CountyDistance.Of(assessment);
    }
}
