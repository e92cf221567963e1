using System.Diagnostics.CodeAnalysis;

namespace PovertyRules.Model;

/// <summary>
/// A 12-digit statistical administrative division code of a village (统计用区划代码): province (2 digits), city (2),
/// county (2), township (3) and village (3). Immutable.
/// </summary>
/// <remarks>
/// The first two digits must be a province code of GB/T 2260 (11–65, 71, 81, 82); the county segment must not be 00.
/// </remarks>
public readonly record struct AdministrativeCode
{
    private static readonly HashSet<int> ProvinceCodes =
    [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ];

    private AdministrativeCode(string value) => Value = value;

    /// <summary>The 12 digits.</summary>
    public string Value { get; }

    /// <summary>The 2-digit province code (e.g. 43 for Hunan).</summary>
    public int Province => int.Parse(Value.AsSpan(0, 2), provider: System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 6-digit county code (province, city, county).</summary>
    public string County => Value[..6];

    /// <summary>The 9-digit township code.</summary>
    public string Township => Value[..9];

    /// <summary>Parses a 12-digit village code.</summary>
    /// <exception cref="FormatException">The text is not a valid village code; the message says why.</exception>
    public static AdministrativeCode Parse(string? text)
    {
        if (!TryParse(text, out var code, out var reason))
        {
            throw new FormatException($"'{text}' is not a village code: {reason}");
        }

        return code;
    }

    /// <summary>Tries to parse a 12-digit village code, saying why it failed.</summary>
    public static bool TryParse(string? text, out AdministrativeCode code, [NotNullWhen(false)] out string? reason)
    {
        code = default;
        reason = Check(text, 12);
        if (reason is not null)
        {
            return false;
        }

        code = new AdministrativeCode(text!);
        return true;
    }

    /// <summary>Checks a county (6 digits) or village (12 digits) code; returns null when valid, else the reason.</summary>
    internal static string? Check(string? text, int length)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "it is empty";
        }

        if (text.Length != length)
        {
            return $"it has {text.Length} characters, expected {length} digits";
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return $"it contains '{c}', expected digits only";
            }
        }

        var province = (text[0] - '0') * 10 + (text[1] - '0');
        if (!ProvinceCodes.Contains(province))
        {
            return $"{province:00} is not a province code of GB/T 2260";
        }

        if (text[4] == '0' && text[5] == '0')
        {
            return "its county segment (digits 5–6) is 00";
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
