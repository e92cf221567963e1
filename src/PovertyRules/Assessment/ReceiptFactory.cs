using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PovertyRules.Policy;

namespace PovertyRules.Assessment;

/// <summary>Builds the reproducibility receipt: profile id, parameter-value hash and rule-set version.</summary>
internal static class ReceiptFactory
{
    /// <summary>
    /// SHA-256 (first 16 hex digits) of the year, the poverty lines and every scalar parameter value an assessment reads
    /// (a parameter added later only when it decides otherwise than before it existed).
    /// </summary>
    public static string ParameterHash(PolicyProfile profile)
    {
        var text = new StringBuilder();
        text.Append("year=").Append(profile.Year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (var (year, line) in profile.PovertyLines)
        {
            text.Append("line.").Append(year.ToString(CultureInfo.InvariantCulture)).Append('=')
                .Append(line.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var parameter in ProfileParameters.All)
        {
            if (ProfileParameters.NotReadByAssessments.Contains(parameter.Name))
            {
                continue;
            }

            var value = parameter.ValueToJson(profile)?.ToJsonString() ?? "null";
            if (ProfileParameters.HashedOnlyWhenNot.TryGetValue(parameter.Name, out var neutral) && value == neutral)
            {
                continue;
            }

            text.Append(parameter.Name).Append('=').Append(value).Append('\n');
        }

        foreach (var (name, section) in profile.Packs)
        {
            foreach (var (key, figure) in section.Parameters)
            {
                text.Append("pack.").Append(name).Append('.').Append(key).Append('=')
                    .Append(figure.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// SHA-256 (first 16 hex digits) of the parameters the cadre accountability rules read (the promotion-priority grade
    /// and run of years), which the assessments' hash leaves out.
    /// </summary>
    public static string AccountabilityParameterHash(PolicyProfile profile)
    {
        var text = new StringBuilder("accountability\n");
        foreach (var name in (ReadOnlySpan<string>)["promotionPriorityGrade", "promotionPriorityConsecutiveYears"])
        {
            var value = ProfileParameters.Find(name)!.ValueToJson(profile)?.ToJsonString() ?? "null";
            text.Append(name).Append('=').Append(value).Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>
    /// The hash of a relapse-monitoring receipt: what <see cref="ParameterHash"/> covers and the monitoring parameters
    /// (line, hardship shares, elimination years), which household exit decisions do not read.
    /// </summary>
    public static string MonitoringParameterHash(PolicyProfile profile)
    {
        var text = new StringBuilder(ParameterHash(profile)).Append('\n');
        foreach (var name in new[] { "monitoringLine", "hardshipExpenseShare", "hardshipIncomeDropShare", "riskEliminationYears" })
        {
            text.Append(name).Append('=').Append(ProfileParameters.Find(name)!.ValueToJson(profile)?.ToJsonString() ?? "null").Append('\n');
        }

        return Hash(text.ToString());
    }

    /// <summary>The library's informational version and a hash of every rule's id and clause.</summary>
    public static string RuleSetVersion(IEnumerable<RuleInfo> rules)
    {
        var version = typeof(ReceiptFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            version = version[..plus];
        }

        var text = string.Join("\n", rules.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => $"{r.Id}|{r.Description}"));
        return $"{version}+rules.{Hash(text)[..8]}";
    }

    private static string Hash(string text)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#if NET9_0_OR_GREATER
        return Convert.ToHexStringLower(bytes)[..16];
#else
        // Convert.ToHexStringLower is .NET 9+; the same lower-case hex on .NET 8.
        return Convert.ToHexString(bytes).ToLowerInvariant()[..16];
#endif
    }
}
