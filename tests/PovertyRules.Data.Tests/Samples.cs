using System.Text;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Data.Tests;

/// <summary>The sample exports of samples/register and small files written for one test.</summary>
internal static class Samples
{
    public static readonly PolicyProfile Profile = PolicyProfiles.National(2019);

    /// <summary>The label files name villages; real exports do, and a caller maps them to codes.</summary>
    public static readonly IReadOnlyDictionary<string, string> VillageCodes = new Dictionary<string, string>
    {
        ["大坪村"] = "360730101201",
        ["石门村"] = "360730101202",
        ["高岭村"] = "360730101203",
    };

    public static readonly RosterOptions Options = new() { IncomeYear = 2019, VillageCodes = VillageCodes };

    public static readonly RegisterAssumption FourCategoriesChecked = new(
        AssumedFact.NoExcludedCategory,
        new DeclaredAssumption("four-categories-checked", "The 2019 四类对象 clean-up found no member on a payroll, business, commercial housing or car.", "县扶贫办 2019 清理台账"));

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", name);

    public const string CodeHeader = "户编号,行政区划代码,人数,证件号码,与户主关系,在校生状况,健康状况,劳动技能,务工时间(月),是否参加大病保险,危房户,是否解决安全饮用水,人均纯收入";

    /// <summary>A valid 18-digit ID number with the given birth date and sex.</summary>
    public static string Id(string born, bool male, int sequence = 1)
    {
        var first17 = "360730" + born + ((sequence * 2 % 1000) + (male ? 1 : 0)).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + Roster.IdNumberCheck.CheckCharacter(first17);
    }

    /// <summary>Writes <paramref name="lines"/> to a new temporary file and returns its path.</summary>
    public static string Write(string name, IEnumerable<string> lines, Encoding? encoding = null)
    {
        var directory = Directory.CreateTempSubdirectory("roster-");
        var path = System.IO.Path.Combine(directory.FullName, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static List<Household> Read(string path, RosterOptions? options = null)
    {
        using var reader = RosterReader.Open(path, options ?? Options);
        return [.. reader];
    }
}
