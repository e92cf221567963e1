using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Data.Roster;

/// <summary>
/// The 18-digit citizen ID number of GB 11643-1999: a 6-digit region, the birth date (yyyyMMdd), a 3-digit sequence
/// whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character (0–9 or X).
/// </summary>
internal static class IdNumberCheck
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Checks <paramref name="id"/>; returns null when valid (with its birth date and sex), else why not.</summary>
    public static string? Check(string id, out DateOnly birthDate, out Sex sex)
    {
        birthDate = default;
        sex = default;
        if (id.Length != 18)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{PersonalIdNumber.Mask(id)} has {id.Length} characters, expected 18");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = id[i];
            if (c is < '0' or > '9')
            {
                return $"{PersonalIdNumber.Mask(id)} has a character other than a digit among its first 17";
            }

            sum += (c - '0') * Weights[i];
        }

        var expected = CheckCharacters[sum % 11];
        if (char.ToUpperInvariant(id[17]) != expected)
        {
            return $"{PersonalIdNumber.Mask(id)} fails the GB 11643 checksum (its check character should be {expected})";
        }

        if (!DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birthDate))
        {
            return $"{PersonalIdNumber.Mask(id)} holds no valid birth date in digits 7–14";
        }

        sex = (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return null;
    }

    /// <summary>The check character GB 11643 gives the first 17 digits (for generators of synthetic IDs).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
