using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Extensions.DependencyInjection;

/// <summary>The application's validated defaults, registered as a singleton by <see cref="PovertyRulesServiceCollectionExtensions.AddPovertyRules"/>; immutable.</summary>
/// <param name="Profile">The default policy profile.</param>
/// <param name="Bulk">The bulk options.</param>
public sealed record PovertyRulesDefaults(PolicyProfile Profile, BulkOptions Bulk);
