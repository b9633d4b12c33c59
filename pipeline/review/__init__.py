"""Review: a person reads each draft, its findings marked in the text, and approves or rejects it.

Two faces over the same store calls: the CLI (`newsdesk review`, `approve`,
`reject`, `edit`, `user`) in `pipeline/cli_review.py`, and a small web page
(`newsdesk serve`, `app.create_app`). Drafts reach a CMS only once approved.
"""
