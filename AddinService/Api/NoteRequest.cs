using System.Text.Json;
using NoteAddin.Checking;
using NoteAddin.Checking.Model;
using NoteAddin.Checking.Rules;

namespace NoteAddin.Service.Api;

/// <summary>Validates one note of a request (the body of /check, or one element of /check-batch's "notes").</summary>
internal static class NoteRequest
{
    public static NoteInput? Read(JsonElement note, string prefix, NoteChecker checker, out IResult? problem)
    {
        if (note.ValueKind != JsonValueKind.Object)
        {
            problem = ApiProblems.BadRequest(
                prefix.Length == 0 ? "The request body must be a JSON object like {\"text\": \"…\"}." : $"\"{prefix}\" must be an object like {{\"text\": \"…\"}}.",
                $"It was a {JsonBody.Describe(note.ValueKind)}.");
            return null;
        }

        var textPath = prefix.Length == 0 ? "text" : $"{prefix}.text";
        if (!note.TryGetProperty("text", out var textElement))
        {
            problem = ApiProblems.BadRequest($"\"{textPath}\" is missing.", "Send the note as a string in \"text\"; an empty string is a valid (empty) note.");
            return null;
        }

        if (textElement.ValueKind != JsonValueKind.String)
        {
            problem = ApiProblems.BadRequest($"\"{textPath}\" must be a string.", $"It was a {JsonBody.Describe(textElement.ValueKind)}.");
            return null;
        }

        var text = JsonBody.ReadString(textElement, textPath, out problem);
        if (problem is not null)
        {
            return null;
        }

        if (text!.Length > NoteChecker.MaxNoteLength)
        {
            problem = ApiProblems.BadRequest(
                $"\"{textPath}\" is longer than {NoteChecker.MaxNoteLength:N0} characters.",
                $"It has {text.Length:N0}. A status note is one or two sentences (the portal's field holds {OverFieldLimitRule.FieldLimit} characters); check the note, not the whole mail.");
            return null;
        }

        var language = Language(note, prefix.Length == 0 ? "language" : $"{prefix}.language", checker, out problem);
        if (problem is not null)
        {
            return null;
        }

        var workload = JsonBody.OptionalString(note, "workload", prefix.Length == 0 ? "workload" : $"{prefix}.workload", out problem);
        if (problem is not null)
        {
            return null;
        }

        return new NoteInput(text, language, workload);
    }

    /// <summary>The optional "language" of a note or a mail: null (detect) or one the engine has a pack for.</summary>
    public static string? Language(JsonElement element, string path, NoteChecker checker, out IResult? problem)
    {
        var language = JsonBody.OptionalString(element, "language", path, out problem);
        if (problem is null && language is not null && !checker.Supports(language))
        {
            problem = ApiProblems.BadRequest(
                $"Unknown language \"{Truncate(language)}\".",
                $"Use one of {string.Join(", ", checker.Languages.Select(l => $"\"{l}\""))}, or null to detect it.");
        }

        return problem is null ? language : null;
    }

    /// <summary>A caller's value quoted back in an error, cut so a huge value cannot flood the answer.</summary>
    public static string Truncate(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
