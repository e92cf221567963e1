namespace PovertyRules.Cli.Tests;

/// <summary>The browser tests run one class at a time, so that two chromiums never start side by side.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
