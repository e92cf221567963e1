namespace PovertyRules.Assessment;

/// <summary>
/// Which households still count as registered poor — the numerator of poverty incidence at the village and county
/// level — written once for every tally. A household stays registered poor until its exit is established: it remains
/// poor, its exit procedure is pending, or its assessment is undetermined. A household that may exit does not count;
/// one removed as wrongly registered (四类对象) leaves the register and the numerator. A rejected record counts apart.
/// </summary>
internal static class CountingRule
{
    /// <summary>The household statuses that count as remaining poor.</summary>
    public static readonly HouseholdStatus[] RemainingPoor =
        [.. Enum.GetValues<HouseholdStatus>().Where(s => CountsAsRemainingPoor(s) == true)];

    /// <summary><c>true</c> for remains poor, procedure pending and undetermined; <c>false</c> for may exit and wrongly registered; <c>null</c> for invalid input.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static bool? CountsAsRemainingPoor(HouseholdStatus status) =>
        status switch
        {
            HouseholdStatus.RemainsPoor or HouseholdStatus.EligibleProcedurePending or HouseholdStatus.Undetermined => true,
            HouseholdStatus.MayExit or HouseholdStatus.IneligibleWronglyRegistered => false,
            HouseholdStatus.InvalidInput => null,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a household status."),
        };
}
