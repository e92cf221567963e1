namespace PovertyRules.Data.Results;

/// <summary>The columns of a result file, in order: the record's, then the finding's (empty in the record layout).</summary>
internal static class ResultColumns
{
    public static readonly string[] Record =
    [
        "level", "id", "village_code", "status", "members", "incidence", "failed", "unknown", "errors", "source",
        "profile_id", "parameter_hash", "rule_set_version", "assumptions", "distance",
    ];

    public static readonly string[] Finding = ["rule_id", "kind", "outcome", "actual", "threshold", "parameter", "citation", "verified"];
}
