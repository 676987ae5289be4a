"""The client of bench/pipeline.sh: sessions one after another, each timed from its create request to its
session.completed webhook at a receiver on loopback (what a partner waits for). Polling GET every few milliseconds
instead would load the two cores of the server it measures (a GET of a Done session costs 3-10 ms of CPU here).

usage: pipeline_client.py PORT HOOK_PORT KEY_FILE SESSIONS WARMUP OUT_FILE
"""
import sys
import time

from benchlib import api, session_ends, text_sessions

port, hook_port, keyfile, n, warmup, out = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
call = api(port, keyfile)
ends = session_ends(call, hook_port)
create = text_sessions(call, "bench@x.example", open("target/bench/session-1500.txt").read(), open("target/bench/plan-anxiety.md").read())


def one():
    """(create -> session.completed received, create request alone), in ms"""
    t0 = time.time()
    sid = create()
    created = time.time()
    [(at, kind)] = ends.wait_for([sid], timeout_s=120)
    if kind != "session.completed":
        sys.exit(f"session {sid} ended with {kind}")
    return (at - t0) * 1000, (created - t0) * 1000


for _ in range(warmup):
    one()
runs = [one() for _ in range(n)]
times = sorted(r[0] for r in runs)
print(f"end_to_end_ms_mean={sum(times) / n:.1f} end_to_end_ms_p50={times[n // 2]:.1f} end_to_end_ms_max={times[-1]:.1f} "
      f"create_request_ms_mean={sum(r[1] for r in runs) / n:.1f} sessions={n} warm_up={warmup}")
with open(out, "w") as f:
    f.write(str(sum(times) / n))
