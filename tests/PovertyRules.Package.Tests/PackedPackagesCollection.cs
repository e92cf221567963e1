namespace PovertyRules.Package.Tests;

/// <summary>The tests that share one packing of the libraries.</summary>
[CollectionDefinition(nameof(PackedPackagesCollection))]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>;
