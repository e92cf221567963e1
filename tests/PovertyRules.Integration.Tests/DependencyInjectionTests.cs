using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PovertyRules.Assessment;
using PovertyRules.Extensions.DependencyInjection;
using PovertyRules.Integration.Tests.Support;
using PovertyRules.Policy;

namespace PovertyRules.Integration.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void The_engine_is_one_singleton_and_the_defaults_hold_the_configured_profile_and_bulk_options()
    {
        using var provider = new ServiceCollection()
            .AddPovertyRules(o =>
            {
                o.DefaultProfileId = "CN-2016";
                o.Bulk = new BulkOptions { BatchSize = 64, MaxDegreeOfParallelism = 2 };
            })
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var engine = provider.GetRequiredService<PovertyRulesEngine>();
        var defaults = provider.GetRequiredService<PovertyRulesDefaults>();

        provider.GetRequiredService<PovertyRulesEngine>().Should().BeSameAs(engine);
        defaults.Profile.Should().BeSameAs(PolicyProfiles.Find("CN-2016"));
        defaults.Bulk.Should().Be(new BulkOptions { BatchSize = 64, MaxDegreeOfParallelism = 2 });
        engine.Assess(Register.Exiting(1), defaults.Profile).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void The_engine_loads_the_rule_packs_the_options_name()
    {
        using var provider = new ServiceCollection()
            .AddPovertyRules(o => o.AddRules(typeof(PovertyRules.Guangxi.GuangxiPack).Assembly).DefaultProfileId = "CN-2019")
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<PovertyRulesEngine>();

        engine.Rules.Select(r => r.Id).Should().Contain("GX-HOUSING-AREA").And.Contain("HH-INCOME");
    }

    [Fact]
    public void The_same_rule_pack_named_twice_fails_when_the_engine_is_resolved()
    {
        var pack = typeof(PovertyRules.Guangxi.GuangxiPack).Assembly;
        using var provider = new ServiceCollection()
            .AddPovertyRules(o => o.AddRules(pack).AddRules(pack).DefaultProfileId = "CN-2019")
            .BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<PovertyRulesEngine>();

        resolve.Should().Throw<ArgumentException>().Which.Message.Should().Contain("was added already");
    }

    [Fact]
    public void A_profile_of_ones_own_can_be_the_default()
    {
        var proposal = PolicyProfiles.National(2016).WithPovertyLine(2016, 4000m, "Working group", verified: false) with { Id = "PROPOSAL-2016" };
        using var provider = new ServiceCollection().AddPovertyRules(o => o.DefaultProfile = proposal).BuildServiceProvider();

        var defaults = provider.GetRequiredService<PovertyRulesDefaults>();

        defaults.Profile.Should().BeSameAs(proposal);
        provider.GetRequiredService<PovertyRulesEngine>().Assess(Register.Exiting(1), defaults.Profile).Status.Should().Be(HouseholdStatus.RemainsPoor);
    }

    [Fact]
    public void Bad_options_fail_at_start_up_with_one_message_naming_every_bad_option()
    {
        using var provider = new ServiceCollection()
            .AddPovertyRules(o =>
            {
                o.DefaultProfileId = "CN-2030";
                o.Bulk = new BulkOptions { BatchSize = 0, MaxDegreeOfParallelism = 5_000 };
            })
            .BuildServiceProvider();

        // What a host's start does (ValidateOnStart registers the check it runs).
        var start = () => provider.GetRequiredService<IStartupValidator>().Validate();

        var failure = start.Should().Throw<OptionsValidationException>().Which;
        failure.Message.Should().StartWith("PovertyRules options are not usable (3 problems): ")
            .And.Contain("DefaultProfileId 'CN-2030' is not a built-in profile; the built-in profiles are CN-2014, CN-2015")
            .And.Contain("Bulk.BatchSize is 0; it must be from 1 to 65,536")
            .And.Contain("Bulk.MaxDegreeOfParallelism is 5,000; it must be from 1 to 4,096");
        provider.Invoking(p => p.GetRequiredService<PovertyRulesEngine>()).Should().Throw<OptionsValidationException>();
    }

    [Fact]
    public void No_default_profile_and_two_default_profiles_are_each_named()
    {
        static string Problem(Action<PovertyRulesOptions> configure)
        {
            using var provider = new ServiceCollection().AddPovertyRules(configure).BuildServiceProvider();
            return provider.Invoking(p => p.GetRequiredService<PovertyRulesDefaults>()).Should().Throw<OptionsValidationException>().Which.Message;
        }

        Problem(_ => { }).Should().Contain("no default profile: set DefaultProfileId (one of CN-2014");
        Problem(o => { o.DefaultProfileId = "CN-2016"; o.DefaultProfile = PolicyProfiles.National(2017); })
            .Should().Contain("DefaultProfileId ('CN-2016') and DefaultProfile ('CN-2017') are both set; set one of them");
    }

    [Fact]
    public void The_engine_logs_bulk_runs_through_the_container_s_logger_factory()
    {
        var log = new CapturedLog();
        using var provider = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddPovertyRules(o => o.DefaultProfileId = "CN-2016")
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<PovertyRulesEngine>();

        _ = engine.AssessMany(Register.Mixed(10), provider.GetRequiredService<PovertyRulesDefaults>().Profile).ToList();

        log.Entries.Should().Contain(e => e.Category == typeof(PovertyRulesEngine).FullName && e.Message.StartsWith("Bulk run completed", StringComparison.Ordinal));
    }
}
