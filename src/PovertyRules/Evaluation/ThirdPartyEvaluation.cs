using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Evaluation;

/// <summary>Which side of its threshold a rate must be on to pass.</summary>
public enum PassingSide
{
    /// <summary>The rate must be strictly below the threshold (wrong-exit rate, omission rate).</summary>
    Below = 1,
    /// <summary>The rate must be strictly above the threshold (public approval).</summary>
    Above = 2,
}

/// <summary>
/// One third-party rate measured on a sample, with its 95% Wilson interval and whether the pass/fail decision survives
/// sampling error. Immutable.
/// </summary>
public sealed class RateEstimate
{
    internal RateEstimate(string name, int numerator, int denominator, decimal threshold, PassingSide side)
    {
        Name = name;
        Numerator = numerator;
        Denominator = denominator;
        Threshold = threshold;
        Side = side;
        Interval = ConfidenceInterval.Wilson(numerator, denominator);
    }

    /// <summary>The rate's name, e.g. <c>wrong-exit rate</c>.</summary>
    public string Name { get; }

    /// <summary>Cases counted in the sample.</summary>
    public int Numerator { get; }

    /// <summary>Cases sampled (at least 1).</summary>
    public int Denominator { get; }

    /// <summary>The profile's threshold (a share 0–1).</summary>
    public decimal Threshold { get; }

    /// <summary>Which side of the threshold passes.</summary>
    public PassingSide Side { get; }

    /// <summary>The point estimate: <see cref="Numerator"/> / <see cref="Denominator"/>.</summary>
    public decimal Rate => (decimal)Numerator / Denominator;

    /// <summary>The 95% Wilson score interval of the rate.</summary>
    public ConfidenceInterval Interval { get; }

    /// <summary>Whether the point estimate passes (strictly below or above the threshold; equal fails).</summary>
    public bool Passes => Side == PassingSide.Below ? Numerator < Threshold * Denominator : Numerator > Threshold * Denominator;

    /// <summary>
    /// Whether the decision is robust to sampling error: the whole interval lies on the passing side, or wholly on the
    /// failing side, of the threshold. When it is not, a sample of the same size could well have decided otherwise.
    /// </summary>
    public bool Robust
    {
        get
        {
            var t = (double)Threshold;
            return Side == PassingSide.Below
                ? Interval.Upper < t || Interval.Lower >= t
                : Interval.Lower > t || Interval.Upper <= t;
        }
    }

    /// <summary>e.g. <c>wrong-exit rate 1.5% (3/200; 95% CI 0.51%–4.31%; passes, not robust to sampling error)</c>.</summary>
    public override string ToString() =>
        $"{Name} {Rules.Shares.Percent(Rate)} ({Numerator}/{Denominator}; 95% CI {Interval}; {(Passes ? "passes" : "fails")}, {(Robust ? "robust" : "not robust")} to sampling error)";
}

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

        return From(sample, profile.WrongExitRateThreshold.Value, profile.OmissionRateThreshold.Value, profile.PublicApprovalThreshold.Value);
    }

    /// <summary>The figures whose decision is not robust to sampling error.</summary>
    public IReadOnlyList<RateEstimate> NotRobust =>
        [.. new[] { WrongExit, Omission, Approval }.OfType<RateEstimate>().Where(r => !r.Robust)];

    internal static ThirdPartyEvaluation From(ThirdPartySample sample, decimal wrongExit, decimal omission, decimal approval) =>
        new(
            Rate("wrong-exit rate", sample.WronglyExitedPeople, sample.ExitedPeopleSampled, wrongExit, PassingSide.Below),
            Rate("omission rate", sample.OmittedPoorPeople, sample.NonRegisteredPeopleSampled, omission, PassingSide.Below),
            Rate("public approval", sample.HouseholdsApproving, sample.HouseholdsSurveyed, approval, PassingSide.Above));

    private static RateEstimate? Rate(string name, int? numerator, int? denominator, decimal threshold, PassingSide side) =>
        numerator is { } n && denominator is > 0 ? new RateEstimate(name, n, denominator.Value, threshold, side) : null;
}
