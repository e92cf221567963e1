using Xunit.Abstractions;

namespace PovertyRules.Package.Tests;

/// <summary>
/// Throwaway console projects that reference the packed packages from their folder, as another .NET system would: one
/// on net10.0 run with the installed runtime, one on net8.0 published self-contained for linux-x64 (its runtime comes
/// from the package registry; no .NET 8 runtime is installed) and run. Each assesses one household and reads the
/// sample roster export.
/// </summary>
[Collection(nameof(PackedPackagesCollection))]
public sealed class ConsumerTests(PackedPackages packages, ITestOutputHelper output)
{
    private static readonly string Samples = Path.Combine(Dotnet.RepositoryRoot, "samples", "register");

    [Fact]
    public void A_net10_console_project_referencing_the_packages_assesses_a_household_and_reads_the_roster()
    {
        var project = Create("net10.0");

        var built = Dotnet.Run(project, "build", "-c", "Release").EnsureSuccess();
        var run = Dotnet.Start(Path.Combine(project, "bin", "Release", "net10.0", "Consumer"), project, Samples);

        output.WriteLine($"build {built.Elapsed.TotalSeconds:0.0} s, run {run.Elapsed.TotalSeconds:0.0} s\n{run.Output}");
        ShouldHaveAssessed(run);
        run.Output.Should().Contain("runtime: .NET 10.");
    }

    [Fact]
    public void A_net8_console_project_published_self_contained_for_linux_x64_assesses_a_household_and_reads_the_roster()
    {
        var project = Create("net8.0");
        var published = Path.Combine(project, "published");

        var publish = Dotnet.Run(project, "publish", "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", published).EnsureSuccess();
        var run = Dotnet.Start(Path.Combine(published, "Consumer"), project, Samples);

        output.WriteLine($"publish {publish.Elapsed.TotalSeconds:0.0} s, run {run.Elapsed.TotalSeconds:0.0} s\n{run.Output}");
        File.Exists(Path.Combine(published, "libcoreclr.so")).Should().BeTrue("the .NET 8 runtime is published with the program");
        ShouldHaveAssessed(run);
        run.Output.Should().Contain("runtime: .NET 8.0.");
    }

    private static void ShouldHaveAssessed(Dotnet.Result run)
    {
        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("household 4312260001: MayExit");
        run.Output.Should().Contain("roster: MayExit,RemainsPoor,Undetermined,MayExit,IneligibleWronglyRegistered,RemainsPoor");
        run.Output.Should().Contain("reconciles True");
    }

    private string Create(string framework)
    {
        var project = Path.Combine(packages.Root, "consumer-" + framework);
        Directory.CreateDirectory(project);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(project, "Program.cs"));
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PovertyRules" Version="{packages.Version}" />
                <PackageReference Include="PovertyRules.Data" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }
}
