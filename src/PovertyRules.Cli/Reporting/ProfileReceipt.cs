namespace PovertyRules.Cli.Reporting;

/// <summary>The profile a run used, as its results' receipts name it, with the assumptions it declared.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Year">The year it is for.</param>
/// <param name="ParameterHash">The hash of its parameter values.</param>
/// <param name="RuleSetVersion">The rule set's version.</param>
/// <param name="Assumptions">The declared assumptions the run filled records with (name: text (citation)).</param>
/// <param name="UnverifiedParameters">The parameters flagged unverified, by name.</param>
internal sealed record ProfileReceipt(
    string Id, string Name, int Year, string ParameterHash, string RuleSetVersion, IReadOnlyList<string> Assumptions, IReadOnlyList<string> UnverifiedParameters);
