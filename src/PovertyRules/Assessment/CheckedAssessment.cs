namespace PovertyRules.Assessment;

/// <summary>
/// A household's assessment with the data-quality checks run on its records first: an error finding made it invalid
/// input (the findings are its errors); the warnings travel here, beside the assessment. Immutable.
/// </summary>
/// <param name="Assessment">The assessment (status <see cref="HouseholdStatus.InvalidInput"/> when the checks found an error).</param>
/// <param name="Quality">What the data-quality checks found, errors and warnings.</param>
public sealed record CheckedAssessment(HouseholdAssessment Assessment, HouseholdQuality Quality);
