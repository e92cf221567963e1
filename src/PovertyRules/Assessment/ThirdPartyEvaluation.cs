using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Policy;

namespace PovertyRules.Assessment;

/// <summary>
/// The three figures of a county's third-party evaluation (第三方评估) computed from its sample, each with a 95% Wilson
/// interval. Immutable. A figure is <c>null</c> when its counts are not recorded or nothing was sampled for it.
/// </summary>
/// <param name="WrongExit">错退率 = wrongly exited people / exited people sampled; must be below the profile's threshold.</param>
/// <param name="Omission">漏评率 = omitted poor people found / non-registered rural people in the sampled villages; must be below.</param>
/// <param name="Approval">群众认可度 = approving households / surveyed households; must be above.</param>
public sealed record ThirdPartyEvaluation(RateEstimate? WrongExit, RateEstimate? Omission, RateEstimate? Approval)
{
    /// <summary>Computes the three figures of <paramref name="sample"/> against the thresholds of <paramref name="profile"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative or larger than what it is a part of; the message names it.</exception>
    public static ThirdPartyEvaluation Evaluate(ThirdPartySample sample, PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(profile);
        var errors = CountyValidator.ValidateSample(sample, nameof(County.Evaluation));
        if (errors.Count > 0)
        {
            throw new ArgumentException($"The third-party sample is not usable: {string.Join("; ", errors)}", nameof(sample));
        }

        var (wrongExit, omission, approval) = SampleRate.Estimate(sample, new CountyParameters(profile));
        return new ThirdPartyEvaluation(wrongExit, omission, approval);
    }

    /// <summary>The figures whose decision is not robust to sampling error.</summary>
    public IReadOnlyList<RateEstimate> NotRobust =>
        [.. new[] { WrongExit, Omission, Approval }.OfType<RateEstimate>().Where(r => !r.Robust)];
}
