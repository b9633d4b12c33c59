"""Run notifications: what a run wrote, held, skipped and failed, sent where `[[notify]]` says.

`message` builds the text (pure), `send` delivers it, `settings` is the config section.
"""
