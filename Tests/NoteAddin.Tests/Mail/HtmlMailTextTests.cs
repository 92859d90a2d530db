using NoteAddin.Checking.Mail;

namespace NoteAddin.Tests.Mail;

/// <summary>HTML mails read as their reader sees them: one line per block, cells apart, nothing hidden.</summary>
public class HtmlMailTextTests
{
    [TestCase("<p>Hallo,</p><p>Teams: läuft</p>", "Hallo,\nTeams: läuft")]
    [TestCase("<div>a<br>b</div><div><br></div><div>c</div>", "a\nb\n\nc")]
    [TestCase("<p class=MsoNormal>Hallo<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Teams: läuft</p>", "Hallo\n\nTeams: läuft")]
    [TestCase("<div><div><div>deep</div></div></div><p>next</p>", "deep\nnext")]
    [TestCase("<p>  spaced\n   out   text </p>", "spaced out text")]
    [TestCase("<p>Teams:&nbsp;läuft &amp; gut</p>", "Teams: läuft & gut")]
    [TestCase("<ul><li>Teams: läuft</li><li>EXO: blockiert</li></ul>", "Teams: läuft\nEXO: blockiert")]
    [TestCase("<h3>Teams</h3>Rollout läuft", "Teams\nRollout läuft")]
    [TestCase("<pre>a\n  b</pre>", "a\n  b")]
    public void Blocks_and_breaks_make_lines(string html, string text)
    {
        Assert.That(HtmlMailText.Read(html).Text, Is.EqualTo(text));
    }

    [Test]
    public void Table_cells_are_separated_by_tabs_and_rows_by_lines()
    {
        const string html = "<table><tr><td><p class=MsoNormal>Teams</p></td><td><p>Blocked</p></td><td><p>Proxy</p><p>drops media</p></td></tr>"
            + "<tr><td>EXO</td><td></td><td>läuft</td></tr></table>";
        Assert.That(HtmlMailText.Read(html).Text, Is.EqualTo("Teams\tBlocked\tProxy drops media\nEXO\t\tläuft"));
    }

    [Test]
    public void Style_script_head_and_hidden_elements_are_skipped()
    {
        const string html = "<html><head><title>Teams: title</title><style>p { color: red } /* Teams: css */</style></head><body>"
            + "<script>var x = 'Teams: script';</script><span style=\"display: none\">Teams: preheader</span><div hidden>Teams: hidden</div>"
            + "<!-- Teams: comment --><![if !supportLists]>·<![endif]><p>Teams: visible</p></body></html>";
        Assert.That(HtmlMailText.Read(html).Text, Is.EqualTo("·\nTeams: visible"));
    }

    [Test]
    public void Broken_markup_is_repaired_the_way_browsers_repair_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HtmlMailText.Read("<p>Teams: <b>läuft<p>EXO: blockiert").Text, Is.EqualTo("Teams: läuft\nEXO: blockiert"));
            Assert.That(HtmlMailText.Read("</div></p><td>x</td><tr>y<").Text, Is.EqualTo("x y<").Or.EqualTo("xy<").Or.EqualTo("x\ty<").Or.EqualTo("x\ny<"));
            Assert.That(HtmlMailText.Read("<a title=\"unclosed>Teams").Text, Is.Empty);
        });
    }

    [Test]
    public void Ten_thousand_nested_inline_elements_do_not_overflow_the_stack()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 10_000)) + "Teams: läuft" + string.Concat(Enumerable.Repeat("</span>", 10_000));
        Assert.That(HtmlMailText.Read(html).Text, Is.EqualTo("Teams: läuft"));
    }

    [Test]
    public void The_nesting_estimate_counts_what_nests_and_refuses_what_is_too_deep()
    {
        string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        Assert.Multiple(() =>
        {
            Assert.That(HtmlNesting.Depth("<div><p>a<p>b<br><img src=x><div></div></div>"), Is.EqualTo(2));
            Assert.That(HtmlNesting.Depth("<ul><li><ul><li>x</li></ul></li></ul>"), Is.EqualTo(2));
            Assert.That(HtmlNesting.Depth("<div title=\"<div><div>\"><script>'<div><div><div>'</script></div>"), Is.EqualTo(2));
            Assert.That(HtmlNesting.Depth(Repeat("<p>", 5000)), Is.Zero, "unclosed paragraphs do not nest");
            Assert.That(HtmlNesting.IsTooDeep(Repeat("<div>", 500)), Is.False);
            Assert.That(HtmlNesting.IsTooDeep(Repeat("<div>", 501)), Is.True);
            Assert.That(HtmlNesting.IsTooDeep(Repeat("<div></span>", 2000)), Is.True, "stray end tags do not hide depth");
            Assert.That(HtmlNesting.IsTooDeep(Repeat("<ul><li>", 501)), Is.True);
        });
    }
}
