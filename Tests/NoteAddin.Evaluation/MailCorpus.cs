using Newtonsoft.Json;

namespace NoteAddin.Evaluation;

/// <summary>One labelled note of a corpus mail: its exact words as the mail shows them, and its workload.</summary>
public sealed record LabelledMailNote(string Text, string? Workload);

/// <summary>One mail of the mail corpus (Tests/MailCorpus/*.jsonl; the format is in that folder's README).</summary>
public sealed record MailExample(
    string Id,
    string Lang,
    string? Subject,
    string BodyType,
    string Body,
    IReadOnlyList<LabelledMailNote> Notes,
    bool HasQuote,
    string? Writer);

public static class MailCorpus
{
    /// <summary>Every mail of every *.jsonl file in <paramref name="directory"/>; a broken line names its file and line.</summary>
    public static IReadOnlyList<MailExample> Load(string directory)
    {
        var mails = new List<MailExample>();
        foreach (var file in Directory.GetFiles(directory, "*.jsonl").OrderBy(f => f, StringComparer.Ordinal))
        {
            var lineNumber = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                MailExample? mail;
                try
                {
                    mail = JsonConvert.DeserializeObject<MailExample>(line);
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"{Path.GetFileName(file)}:{lineNumber}: {e.Message}", e);
                }

                if (mail is null || mail.Body is null || mail.Id is null)
                {
                    throw new InvalidDataException($"{Path.GetFileName(file)}:{lineNumber}: a mail needs at least \"id\" and \"body\"");
                }

                mails.Add(mail with { Notes = mail.Notes ?? Array.Empty<LabelledMailNote>(), BodyType = mail.BodyType ?? "text", Lang = mail.Lang ?? "?" });
            }
        }

        return mails;
    }
}
