using NoteAddin.Service.Api;
using NoteAddin.Service.Audit;
using NoteAddin.Service.Hosting;

// `AddinService audit notes.csv …` is the command-line batch audit (Audit/), not the web server.
if (args is ["audit", .. var auditArgs])
{
    return AuditCommand.Run(auditArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNoteChecking();
builder.AddApiPlumbing();

var app = builder.Build();
app.UseApiPlumbing();
app.MapNotesApi();
app.MapCatalogApi();
app.Run();
return 0;

/// <summary>Entry point; public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
