namespace PovertyRules.Model;

/// <summary>
/// How a personal ID number (居民身份证号码, GB 11643) is shown anywhere outside the record: the 6-digit region and the
/// check digit kept, everything between them replaced by <c>*</c> (<c>360730***********X</c>, 18 characters).
/// </summary>
public static class PersonalIdNumber
{
    private const int RegionDigits = 6;

    /// <summary>
    /// The masked form of <paramref name="idNumber"/>: for more than seven characters, the first six and the last kept
    /// and every other character replaced by <c>*</c> (the length is kept); for seven or fewer, every character
    /// replaced. <c>null</c> stays <c>null</c>.
    /// </summary>
    public static string? Mask(string? idNumber)
    {
        if (idNumber is null)
        {
            return null;
        }

        if (idNumber.Length <= RegionDigits + 1)
        {
            return new string('*', idNumber.Length);
        }

        return string.Create(idNumber.Length, idNumber, static (span, id) =>
        {
            span.Fill('*');
            id.AsSpan(0, RegionDigits).CopyTo(span);
            span[^1] = id[^1];
        });
    }
}
