using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Tests.Engine;

/// <summary>
/// Every rule of every pack carries notes that must fire it and notes that must not (as LanguageTool keeps a
/// correct and an incorrect example inside each rule); this runs them all.
/// </summary>
public class RulePackExampleTests
{
    public static IEnumerable<TestCaseData> Examples()
    {
        foreach (var (language, pack) in EngineFixture.Checker.Packs.OrderBy(p => p.Key))
        {
            foreach (var id in RuleCatalog.All.Select(r => r.Id))
            {
                var rule = pack.Rules[id];
                for (var i = 0; i < rule.Fires.Count; i++)
                {
                    yield return new TestCaseData(language, id, rule.Fires[i].Text, rule.Fires[i].Workload, true)
                        .SetName($"{language} {id} fires #{i + 1}");
                }

                for (var i = 0; i < rule.Passes.Count; i++)
                {
                    yield return new TestCaseData(language, id, rule.Passes[i].Text, rule.Passes[i].Workload, false)
                        .SetName($"{language} {id} passes #{i + 1}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Examples))]
    public void Example(string language, string ruleId, string text, string? workload, bool mustFire)
    {
        var findings = ruleId == CopyPasteAcrossWorkloadsRule.RuleId
            ? CopiedToTwoWorkloads(language, text)
            : EngineFixture.Checker.Check(new NoteInput(text, language, workload)).Findings;

        var fired = findings.Select(f => f.RuleId).ToArray();
        if (mustFire)
        {
            Assert.That(fired, Does.Contain(ruleId), $"\"{text}\" should fire {ruleId}");
        }
        else
        {
            Assert.That(fired, Does.Not.Contain(ruleId), $"\"{text}\" should not fire {ruleId}");
        }
    }

    [Test]
    public void Every_rule_has_examples_in_every_pack()
    {
        foreach (var (language, pack) in EngineFixture.Checker.Packs)
        {
            foreach (var id in RuleCatalog.All.Select(r => r.Id))
            {
                Assert.That(pack.Rules[id].Fires, Is.Not.Empty, $"{language} {id} fires");
                Assert.That(pack.Rules[id].Passes, Is.Not.Empty, $"{language} {id} passes");
            }
        }
    }

    // copy-paste-across-workloads only shows across notes: the same text for two workloads of one tenant.
    private static IReadOnlyList<Finding> CopiedToTwoWorkloads(string language, string text)
    {
        var batch = EngineFixture.Batch.Check(new[]
        {
            new BatchNote("a", text, "Exchange Online", "contoso", language),
            new BatchNote("b", text, "Teams", "contoso", language),
        });
        return batch.Results[0].Result.Findings;
    }
}
