using Microsoft.Extensions.Diagnostics.HealthChecks;
using NoteAddin.Checking;

namespace NoteAddin.Service.Hosting;

/// <summary>Healthy when every language's rule pack is loaded and answers a check.</summary>
internal sealed class RulePackHealthCheck(NoteChecker checker) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        foreach (var language in checker.Languages)
        {
            if (checker.Packs[language].Templates.Length == 0)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy($"the {language} pack has no templates"));
            }
        }

        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
