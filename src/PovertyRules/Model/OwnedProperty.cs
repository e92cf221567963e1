namespace PovertyRules.Model;

/// <summary>A dwelling the household owns, with how it was acquired. Immutable.</summary>
/// <param name="Kind">How the dwelling was acquired.</param>
public sealed record OwnedProperty(DwellingKind Kind);
