"""Publishing approved drafts to a CMS, a webhook or a static site's content folder.

Modules: `settings` (the `[publish]` config), `sanitize` (the nh3 allowlist and
the cited-links filter), `payload` (Draft -> what leaves newsdesk), one module
per target kind (`wordpress`, `ghost`, `webhook`, `static_files`), `runner`
(intent before the call, lookup before create, remote id stored, draft marked
published) and `targets` (config -> a target with its secret read from the
environment). Kept import-free so `pipeline.config` can import `settings`.
"""
