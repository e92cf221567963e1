using System.Globalization;
using PovertyRules.Policy;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi;

/// <summary>The wording the checklist's findings share.</summary>
internal static class Evidence
{
    public const string Checklist = "广西贫困户脱贫“八有一超”标准 (Guangxi household exit checklist)";

    public static string Number(decimal? value, string unit, string field) =>
        value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v} {unit}") : $"missing (Extensions.guangxi.{field})";

    public static string Figure(PackParameter figure) =>
        string.Create(CultureInfo.InvariantCulture, $"{figure.Value}{(figure.Unit is null ? string.Empty : " " + figure.Unit)}");

    public static CriterionEvidence Of(string actual, string threshold, GuangxiParameters p, string parameter, PackParameter figure) =>
        new(actual, threshold, p.Section.PathOf(parameter), figure.Citation, figure.Verified);

    public static CriterionEvidence Yes(bool? value, string field, string threshold) =>
        new(value switch { true => "yes", false => "no", null => $"missing (Extensions.guangxi.{field})" }, threshold, null, Checklist, false);
}
