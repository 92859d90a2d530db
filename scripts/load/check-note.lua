-- wrk script: POST /api/notes/check with a realistic two-sentence German note (language detected, umlauts and
-- all), as the task pane sends it. A fixed body keeps wrk on its fast path: a Lua `request` function per call
-- would cost the load generator CPU that, on a 2-core machine, the service then lacks — skewing the ratio.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"text": "Kunde ist blockiert, weil die Proxy-Konfiguration die Teams-Medienverbindungen noch nicht zulässt. Die IT stellt den Proxy bis Ende Mai um, danach startet der Pilot mit 200 Nutzern.", "language": null, "workload": "Teams"}'
