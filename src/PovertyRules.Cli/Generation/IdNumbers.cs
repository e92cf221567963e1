using System.Globalization;
using PovertyRules.Model;

namespace PovertyRules.Cli.Generation;

/// <summary>
/// Synthetic 18-digit ID numbers (GB 11643 layout, valid checksum) that never repeat within a run: the region is the
/// county's code, the sequence counts persons of the same county, birth date and sex (a day later when a day is full).
/// </summary>
internal sealed class IdNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const int PerDayAndSex = 500;

    private readonly Dictionary<(DateOnly, bool), int> _used = [];
    private string? _region;

    /// <summary>The next free number for a person born on <paramref name="born"/>; gives the birth date it encodes.</summary>
    public string Next(string villageCode, DateOnly born, Sex? sex, out DateOnly encoded)
    {
        var region = villageCode.Length >= 6 && villageCode[..6].All(char.IsAsciiDigit) ? villageCode[..6] : "430000";
        if (region != _region)
        {
            _region = region;
            _used.Clear();
        }

        var male = sex != Sex.Female;
        encoded = born;
        int sequence;
        while (true)
        {
            _used.TryGetValue((encoded, male), out sequence);
            if (sequence < PerDayAndSex)
            {
                break;
            }

            encoded = encoded.AddDays(1);
        }

        _used[(encoded, male)] = sequence + 1;
        var digits = string.Create(CultureInfo.InvariantCulture, $"{region}{encoded:yyyyMMdd}{(sequence * 2) + (male ? 1 : 0):000}");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        return digits + "10X98765432"[sum % 11];
    }
}
