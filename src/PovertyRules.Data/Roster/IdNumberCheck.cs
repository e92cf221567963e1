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
    public static string? Check(string id, out DateOnly birthDate, out Sex sex) => Check(id, out birthDate, out sex, out _);

    /// <summary>As <see cref="Check(string, out DateOnly, out Sex)"/>, also giving the ID's <see cref="Key"/> from the same pass over its digits.</summary>
    public static string? Check(string id, out DateOnly birthDate, out Sex sex, out ulong key)
    {
        birthDate = default;
        sex = default;
        key = 0;
        if (id.Length != 18)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{PersonalIdNumber.Mask(id)} has {id.Length} characters, expected 18");
        }

        var sum = 0;
        ulong digits = 0;
        for (var i = 0; i < 17; i++)
        {
            var c = id[i];
            if (c is < '0' or > '9')
            {
                return $"{PersonalIdNumber.Mask(id)} has a character other than a digit among its first 17";
            }

            sum += (c - '0') * Weights[i];
            digits = (digits * 10) + (ulong)(c - '0');
        }

        var expected = CheckCharacters[sum % 11];
        if (char.ToUpperInvariant(id[17]) != expected)
        {
            return $"{PersonalIdNumber.Mask(id)} fails the GB 11643 checksum (its check character should be {expected})";
        }

        // The first 17 characters are digits (checked above): the date is read from them without a format parser.
        var year = Digits(id, 6, 4);
        var month = Digits(id, 10, 2);
        var day = Digits(id, 12, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return $"{PersonalIdNumber.Mask(id)} holds no valid birth date in digits 7–14";
        }

        birthDate = new DateOnly(year, month, day);

        sex = (id[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        key = digits + 1;
        return null;
    }

    /// <summary>
    /// A valid ID number as a number: its first 17 digits (the check character follows from them), plus one so that it
    /// is never 0. Two ID numbers have the same key exactly when they are the same ID (an <c>x</c> or <c>X</c> alike).
    /// </summary>
    public static ulong Key(string validId)
    {
        ulong key = 0;
        for (var i = 0; i < 17; i++)
        {
            key = (key * 10) + (ulong)(validId[i] - '0');
        }

        return key + 1;
    }

    private static int Digits(string id, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            value = (value * 10) + (id[i] - '0');
        }

        return value;
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
