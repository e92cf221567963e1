using System.Globalization;
using System.Text;
using PovertyRules.Policy;

namespace PovertyRules.Benchmarks;

/// <summary>
/// A seeded synthetic roster export in the register's code layout, written straight to a file: households of 1–8
/// persons, 300 to a village, incomes around the profile's line, a few percent with dangerous housing or unsafe water,
/// every ID number with a valid checksum. Invented figures, never statistics.
/// </summary>
internal static class SyntheticRoster
{
    public const string Header = "户编号,行政区划代码,人数,人编号,证件号码,与户主关系,文化程度,在校生状况,健康状况,劳动技能,务工时间(月),是否参加大病保险,危房户,是否解决安全饮用水,人均纯收入";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Writes <paramref name="persons"/> persons; returns the number of households.</summary>
    public static long Write(string path, long persons, PolicyProfile profile)
    {
        var line = profile.PovertyLine(profile.Year)!.Value;
        var random = new Random(20191231);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write(Header);
        writer.Write('\n');
        long written = 0, household = 0;
        var id = new char[18];
        while (written < persons)
        {
            household++;
            var size = (int)Math.Min(1 + random.Next(8), persons - written);
            var village = 101201 + (household / 300);
            var villageCode = "4312" + (26 + (village / 100_000 % 60)).ToString("00", CultureInfo.InvariantCulture) + (village % 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
            var householdId = "H" + household.ToString("0000000000", CultureInfo.InvariantCulture);
            var income = decimal.Round(line * (decimal)(0.7 + random.NextDouble()), 2);
            var dangerous = random.NextDouble() < 0.03 ? '1' : '0';
            var water = random.NextDouble() < 0.02 ? '0' : '1';
            for (var m = 0; m < size; m++)
            {
                written++;
                var age = m == 0 ? 25 + random.Next(50) : random.Next(80);
                var born = new DateOnly(profile.Year - age, 1 + random.Next(12), 1 + random.Next(28));
                Id(id, written, born, random.Next(2));
                var school = age is >= 6 and <= 15 ? "03" : "01";
                writer.Write(householdId);
                writer.Write(',');
                writer.Write(villageCode);
                writer.Write(',');
                writer.Write(size.ToString(CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(householdId);
                writer.Write((m + 1).ToString("00", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(id);
                writer.Write(m == 0 ? ",01," : ",03,");
                writer.Write(age < 6 ? "06" : "03");
                writer.Write(',');
                writer.Write(school);
                writer.Write(random.NextDouble() < 0.1 ? ",02," : ",01,");
                writer.Write(age is >= 16 and <= 65 ? "01" : "04");
                writer.Write(',');
                writer.Write(random.Next(13).ToString(CultureInfo.InvariantCulture));
                writer.Write(random.NextDouble() < 0.01 ? ",0," : ",1,");
                writer.Write(dangerous);
                writer.Write(',');
                writer.Write(water);
                writer.Write(',');
                writer.Write(income.ToString(CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }

        return household;
    }

    /// <summary>
    /// A unique ID for person number <paramref name="person"/>: its region and 3-digit sequence count persons (the
    /// sequence's last digit still odd for men), so that no two persons share one whatever their birth dates.
    /// </summary>
    private static void Id(char[] id, long person, DateOnly born, int male)
    {
        id[0] = '4';
        (person / 500 % 100_000).TryFormat(id.AsSpan(1, 5), out _, "00000", CultureInfo.InvariantCulture);
        var sequence = (int)(person % 500) * 2 + male;
        born.TryFormat(id.AsSpan(6, 8), out _, "yyyyMMdd", CultureInfo.InvariantCulture);
        sequence.TryFormat(id.AsSpan(14, 3), out _, "000", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        id[17] = "10X98765432"[sum % 11];
    }
}
