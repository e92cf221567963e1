using System.Globalization;
using System.Text;

namespace PovertyRules.Policy;

/// <summary>Shows a profile with its citations, and the differences between two profiles, parameter by parameter.</summary>
/// <example>
/// <code>
/// foreach (var profile in PolicyProfiles.All) Console.WriteLine($"{profile.Id}  {profile.Name}");
/// Console.WriteLine(ProfileReport.Format(PolicyProfiles.Find("HN-2016")!));
/// foreach (var d in ProfileReport.Diff(PolicyProfiles.National(2016), proposal)) Console.WriteLine(d);
/// </code>
/// </example>
public static class ProfileReport
{
    /// <summary>Every poverty line (by year) and then every parameter of <paramref name="profile"/>, in file order.</summary>
    public static IReadOnlyList<ProfileEntry> Entries(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var entries = new List<ProfileEntry>();
        foreach (var (year, line) in profile.PovertyLines)
        {
            entries.Add(LineEntry(year, line));
        }

        foreach (var parameter in ProfileParameters.All)
        {
            entries.Add(new ProfileEntry(
                parameter.Name, parameter.FormatValue(profile), parameter.Unit, parameter.Citation(profile), parameter.Verified(profile)));
        }

        return entries.AsReadOnly();
    }

    /// <summary>
    /// The entries whose value, citation or verified flag differ between <paramref name="baseline"/> and
    /// <paramref name="changed"/> (the assessment year first when it differs), in file order; empty when they agree.
    /// </summary>
    public static IReadOnlyList<ProfileDifference> Diff(PolicyProfile baseline, PolicyProfile changed)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changed);
        var differences = new List<ProfileDifference>();
        if (baseline.Year != changed.Year)
        {
            differences.Add(new ProfileDifference("year", YearEntry(baseline), YearEntry(changed)));
        }

        foreach (var year in baseline.PovertyLines.Keys.Union(changed.PovertyLines.Keys).Order())
        {
            var before = baseline.PovertyLine(year);
            var after = changed.PovertyLine(year);
            if (before != after)
            {
                differences.Add(new ProfileDifference(
                    LineName(year), before is null ? null : LineEntry(year, before), after is null ? null : LineEntry(year, after)));
            }
        }

        foreach (var parameter in ProfileParameters.All)
        {
            if (!parameter.SameIn(baseline, changed))
            {
                differences.Add(new ProfileDifference(
                    parameter.Name,
                    new ProfileEntry(parameter.Name, parameter.FormatValue(baseline), parameter.Unit, parameter.Citation(baseline), parameter.Verified(baseline)),
                    new ProfileEntry(parameter.Name, parameter.FormatValue(changed), parameter.Unit, parameter.Citation(changed), parameter.Verified(changed))));
            }
        }

        return differences.AsReadOnly();
    }

    /// <summary>The profile as text: a header, then one line per entry with value, unit, citation and an unverified mark.</summary>
    public static string Format(PolicyProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{profile.Id} — {profile.Name}; assessment year {profile.Year}").AppendLine();
        foreach (var entry in Entries(profile))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {entry.Name} = {entry.Value} [{entry.Unit}]{(entry.Verified ? string.Empty : " (unverified)")}")
                .AppendLine()
                .Append(CultureInfo.InvariantCulture, $"      {entry.Citation}")
                .AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The differences as text, one per line; a single line saying so when the profiles agree.</summary>
    public static string FormatDiff(PolicyProfile baseline, PolicyProfile changed)
    {
        var differences = Diff(baseline, changed);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{baseline.Id} → {changed.Id}: {differences.Count} difference(s)").AppendLine();
        foreach (var difference in differences)
        {
            text.Append("  ").Append(difference).AppendLine();
        }

        return text.ToString();
    }

    private static string LineName(int year) => "povertyLines." + year.ToString(CultureInfo.InvariantCulture);

    private static ProfileEntry LineEntry(int year, Parameter<decimal> line) =>
        new(LineName(year), ProfileJson.FormatValue(line.Value), "yuan/person/year", line.Citation, line.Verified);

    private static ProfileEntry YearEntry(PolicyProfile profile) =>
        new("year", profile.Year.ToString(CultureInfo.InvariantCulture), "year", $"profile {profile.Id}", true);
}
