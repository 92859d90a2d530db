using NoteAddin.Checking;
using NoteAddin.Checking.Mail;
using NoteAddin.Checking.Packs;

namespace NoteAddin.Service.Hosting;

/// <summary>Loads the rule packs and the reader model when the service starts — a broken pack stops start-up with
/// its file, line and column, a missing model with its name, rather than failing the first request — and registers
/// the engine.</summary>
public static class CheckingServices
{
    /// <returns>False when a rule pack cannot be used; the problem is written to standard error.</returns>
    public static bool AddNoteChecking(this WebApplicationBuilder builder)
    {
        NoteChecker checker;
        BatchChecker batch;
        MailChecker mail;
        try
        {
            checker = NoteEngineFactory.Create(EngineSettings.From(builder.Configuration, builder.Environment.ContentRootPath));
            batch = new BatchChecker(checker);

            // The mail reader joins every language's workload names: packs that disagree on one stop start-up too.
            mail = new MailChecker(checker, batch);
        }
        catch (Exception e) when (e is RulePackException or DirectoryNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"NoteAddin cannot start: rule pack {e.Message}");
            return false;
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"NoteAddin cannot start: {e.Message}");
            return false;
        }

        builder.Services.AddSingleton(checker);
        builder.Services.AddSingleton(batch);
        builder.Services.AddSingleton(mail);
        builder.Services.AddHealthChecks().AddCheck<RulePackHealthCheck>("rule-packs");
        return true;
    }
}
