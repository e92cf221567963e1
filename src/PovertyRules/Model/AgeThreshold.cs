
namespace PovertyRules.Model;

/// <summary>
/// "At least <c>years</c> old on a date", decided from a birth date with one comparison instead of computing the age.
/// </summary>
/// <remarks>
/// <see cref="Member.AgeOn"/> counts whole years, a birthday counting on its day. A person is then at least A years
/// old on a date exactly when born on or before the same day A years earlier; when that day is 29 February of a year
/// that has none, on or before 28 February, which is what <see cref="DateOnly.AddYears"/> gives. Bulk runs ask this
/// for every member of every household, so the earlier day is worked out once per threshold.
/// </remarks>
internal readonly struct AgeThreshold
{
    private readonly int _latestBirthDay;

    public AgeThreshold(DateOnly on, int years)
    {
        var year = (long)on.Year - years;
        _latestBirthDay = year < DateOnly.MinValue.Year ? int.MinValue
            : year > DateOnly.MaxValue.Year ? int.MaxValue
            : on.AddYears(-years).DayNumber;
    }

    /// <summary>Whether someone born on <paramref name="born"/> has reached the age on the date.</summary>
    public bool ReachedBy(DateOnly born) => born.DayNumber <= _latestBirthDay;
}
