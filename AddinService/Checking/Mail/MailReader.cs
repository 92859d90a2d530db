using System.Text;
using NoteAddin.Checking.Matching;
using NoteAddin.Checking.Packs;
using NoteAddin.Checking.Reading;
using NoteAddin.Checking.Text;

namespace NoteAddin.Checking.Mail;

/// <summary>
/// The mail reader: a mail in, its note candidates out. HTML becomes visible text; the quoted thread is cut off;
/// greetings, sign-offs, signatures and disclaimers are set aside; what remains is searched for notes. Built once
/// from the rule packs and shared (thread-safe).
/// </summary>
public sealed class MailReader
{
    // "Hallo Frau Yilmaz," alone says too little to tell German from English; the notes then decide too.
    private const int MinimumWordsAroundNotes = 6;

    private readonly IReadOnlyDictionary<string, CompiledPack> _packs;
    private readonly MailVocabulary _vocabulary;

    public MailReader(IReadOnlyDictionary<string, CompiledPack> packs)
    {
        _packs = packs;
        _vocabulary = MailVocabulary.From(packs.Values);
        Catalogue = WorkloadCatalogue.From(packs.Values);
    }

    public WorkloadCatalogue Catalogue { get; }

    /// <exception cref="ArgumentException">An HTML body nests deeper than <see cref="HtmlNesting.MaxDepth"/>
    /// (the API refuses such a mail with 400 before it gets here).</exception>
    public MailReading Read(MailInput input)
    {
        var body = input.Body ?? string.Empty;
        if (input.BodyType == MailBodyType.Html && HtmlNesting.IsTooDeep(body))
        {
            throw new ArgumentException($"the HTML nests elements more than {HtmlNesting.MaxDepth} deep", nameof(input));
        }

        var (text, htmlQuoteStart, htmlSignatureStart) = input.BodyType == MailBodyType.Html ? HtmlMailText.Read(body) : new VisibleText(body, -1);
        var scan = MailScan.Create(text, _vocabulary, Catalogue);
        var inlineHeaders = new HashSet<int>();
        var lines = LineClassifier.Classify(scan, QuotedThreadCutter.FirstQuotedLine(scan, htmlQuoteStart, inlineHeaders), inlineHeaders, htmlSignatureStart);
        var given = input.Language is { } named && _packs.ContainsKey(named) ? named : null;
        var language = given
            ?? Detect(text, lines, static _ => true)
            ?? Detect(text, [new ClassifiedLine(LineKind.Content, 0, text.Length)], static _ => true)
            ?? LanguageDetector.Fallback;
        var candidates = NoteCandidateFinder.Find(scan, lines, _packs[language].Splitter, input.BodyType == MailBodyType.Html);

        // The mail's language is the writer's: the words around the notes (German mails often carry English note
        // lines for the portal). Only the notes, or only the quoted thread, decide when there is nothing else.
        var inNote = LinesInNotes(scan, candidates);
        language = given ?? Detect(text, lines, i => !inNote[i], MinimumWordsAroundNotes) ?? language;
        var subject = Catalogue.OnlyWorkloadIn(input.Subject) ?? -1;
        return new MailReading(text, input.BodyType == MailBodyType.Html, language, candidates, subject, subject >= 0 && Names(scan, lines, subject), subject >= 0 && IsStatus(input.Subject!));
    }

    /// <summary>Whether a subject says the mail is a status: it holds a word that introduces a note ("Status", "Stand", "Update").</summary>
    private bool IsStatus(string subject)
    {
        var matches = new List<PhraseMatch>();
        _vocabulary.Automaton.Scan(NormalizedText.Create(subject), matches);
        return matches.Exists(static m => (MailCue)m.Category == MailCue.NoteIntro);
    }

    private static bool Names(MailScan scan, ClassifiedLine[] lines, int workload)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Kind == LineKind.Content)
            {
                foreach (var mention in scan.Mentions(i))
                {
                    if (mention.Workload == workload)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>The language of the mail's own lines (not the quoted thread or the signature) that
    /// <paramref name="include"/> admits; null when they hold fewer than <paramref name="minimumWords"/> words.</summary>
    private string? Detect(string text, ClassifiedLine[] lines, Func<int, bool> include, int minimumWords = 1)
    {
        var own = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Kind is LineKind.Content or LineKind.Greeting or LineKind.SignOff && include(i))
            {
                own.Append(text, line.Start, line.End - line.Start).Append('\n');
            }
        }

        var words = own.ToString();
        return LineText.WordCount(words, 0, words.Length, minimumWords) >= minimumWords
            ? LanguageDetector.Detect(words, NormalizedText.Create(words), _packs)
            : null;
    }

    private static bool[] LinesInNotes(MailScan scan, List<NoteCandidate> candidates)
    {
        var inNote = new bool[scan.Lines.Length];
        foreach (var candidate in candidates)
        {
            for (var i = scan.LineOf(candidate.Start); i >= 0 && i < inNote.Length && scan.Lines[i].Start < candidate.End; i++)
            {
                inNote[i] = true;
            }
        }

        return inNote;
    }
}
