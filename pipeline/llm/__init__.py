"""Talking to a model: one client, one retry layer, prompts as files, every call logged.

Modules: `client` (the one place that calls the model), `retry`, `limits`,
`prompts`, `schema`, `logged` (call log and cache), `records`, `errors`,
`pricing`, `hashing`, `connect` (builds the OpenAI client from config and env).
"""
