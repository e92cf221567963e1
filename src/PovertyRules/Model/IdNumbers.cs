using System.Globalization;

namespace PovertyRules.Model;

/// <summary>
/// Reads a 证件号码 by GB 11643: an 18-character number is a 6-digit address code, an 8-digit birth date, a 3-digit
/// sequence (odd for men) and an ISO 7064 MOD 11-2 check character; an old 15-digit number has a 6-digit birth date
/// (19yy) and no check character.
/// </summary>
internal static class IdNumbers
{
    private const int Length = 18;
    private const int OldLength = 15;
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>Reads <paramref name="recorded"/>; a birth date after <paramref name="referenceDate"/> is impossible.</summary>
    public static IdNumberReading Read(string? recorded, DateOnly referenceDate)
    {
        if (string.IsNullOrWhiteSpace(recorded))
        {
            return new IdNumberReading(IdNumberShape.Missing, null, null, null, null);
        }

        var id = recorded.Trim().ToUpperInvariant();
        if (id.Length == OldLength && AllDigits(id.AsSpan()))
        {
            var old = BirthDate(id.AsSpan(6, 6), "yyMMdd", century: "19", referenceDate);
            if (old is null)
            {
                return new IdNumberReading(IdNumberShape.ImpossibleBirthDate, null, null, id, null);
            }

            var upgraded = string.Concat(id.AsSpan(0, 6), "19", id.AsSpan(6));
            var check = CheckCharacter(upgraded.AsSpan());
            return new IdNumberReading(IdNumberShape.ValidFifteenDigit, old, SexOf(id[OldLength - 1]), upgraded + check, null);
        }

        if (id.Length != Length)
        {
            return new IdNumberReading(id.Length == OldLength ? IdNumberShape.BadCharacters : IdNumberShape.WrongLength, null, null, id, null);
        }

        if (!AllDigits(id.AsSpan(0, Length - 1)) || !(char.IsAsciiDigit(id[^1]) || id[^1] == 'X'))
        {
            return new IdNumberReading(IdNumberShape.BadCharacters, null, null, id, null);
        }

        var expected = CheckCharacter(id.AsSpan(0, Length - 1));
        if (expected != id[^1])
        {
            return new IdNumberReading(IdNumberShape.BadChecksum, null, null, id, expected);
        }

        var born = BirthDate(id.AsSpan(6, 8), "yyyyMMdd", century: null, referenceDate);
        return born is null
            ? new IdNumberReading(IdNumberShape.ImpossibleBirthDate, null, null, id, expected)
            : new IdNumberReading(IdNumberShape.Valid, born, SexOf(id[Length - 2]), id, expected);
    }

    /// <summary>The birth date digits of <paramref name="id"/> as written (8 digits, or 6 for an old number), for messages.</summary>
    public static string BirthDigits(string id) =>
        id.Length == Length ? id.Substring(6, 8) : id.Length == OldLength ? "19" + id.Substring(6, 6) : string.Empty;

    private static char CheckCharacter(ReadOnlySpan<char> seventeen)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (seventeen[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % CheckCharacters.Length];
    }

    private static DateOnly? BirthDate(ReadOnlySpan<char> digits, string format, string? century, DateOnly referenceDate)
    {
        var text = century is null ? digits.ToString() : century + digits.ToString();
        var full = century is null ? format : "yyyyMMdd";
        return DateOnly.TryParseExact(text, full, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date <= referenceDate
            ? date
            : null;
    }

    private static Sex SexOf(char sequenceDigit) => (sequenceDigit - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A 64-bit FNV-1a hash (multiplication modulo 2⁶⁴, by design) of <paramref name="number"/>'s characters: how a run remembers the numbers it has seen.</summary>
    public static ulong Hash(string number)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        foreach (var c in number)
        {
            hash = unchecked((hash ^ c) * prime);
        }

        return hash;
    }
}
