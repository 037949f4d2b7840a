-- wrk script for the sandbox poll benchmark (docs/sandbox.md, "Capacity"):
--   wrk -t2 -c32 -d10s -s benchmarks/sandbox/wrk_poll.lua http://127.0.0.1:<port>/foxapi/v1/tasks/<id>
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer sk-bench"
