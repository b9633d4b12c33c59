"""Entry point of the ingest worker process: `python -m pipeline.ingest.worker_main MODULE...`.

A module of its own so that running it never re-executes a module already
imported (see `worker.py` for the protocol).
"""

from pipeline.ingest.worker import serve

if __name__ == "__main__":
    serve()
