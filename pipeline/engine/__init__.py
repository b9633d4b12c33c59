"""Staged workers on a durable engine (DBOS Transact): runs that survive a killed process.

- `workflows`: one workflow per session (ingest, then every instrument's snapshot,
  then every article, then the run's summary and notifications); per (instrument,
  session) a snapshot workflow (the run's record the other articles' checks read
  their peers from) and an article workflow with one recorded step per stage:
  prepare, write, verify (its peers a recorded step too), store, render. The
  model conversation runs on the `newsdesk-model` queue (a global concurrency and
  rate shared by every worker), each model call one recorded step; rendering runs
  on `newsdesk-render` (a per-process concurrency).
- `runtime`: the DBOS edge of one process (launch, queues, the pipeline each run uses).
- `liveness`: worker heartbeats, and the takeover of a dead worker's unfinished work.
- `planning`: when each session is due after its close on the exchange calendar (pure).

The stage functions themselves are `pipeline.run.Pipeline`'s; nothing here redoes them.
`newsdesk run` without `--enqueue`/`--engine` does not touch the engine at all.
"""
