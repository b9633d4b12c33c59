"""Screenshots of a newsdesk article as readers see it on a real WordPress, desktop and phone.

Runs the real `newsdesk` command end to end in a temporary folder (the demo session from the
repo's fixtures: run, approve, publish to WordPress with status `publish`), then opens the
post's public address in headless Chromium (Playwright driving /usr/bin/chromium) at 1280 and
390 pixels wide and saves full-page PNGs:

    sudo .ci/services.sh && . /var/lib/newsdesk-ci/services.env
    .venv/bin/python scripts/wordpress_screenshots.py [--symbol IWM] [--out docs/screenshots]

Reads NEWSDESK_TEST_WP_URL and NEWSDESK_TEST_WP_EDITOR (`user:application password`), as
`.ci/services.sh` writes them. The article is published as the Editor; a rerun updates the
same post (newsdesk finds it by its key) rather than adding one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SESSION = "2026-11-20"
CHROMIUM = Path(os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbol", default="IWM")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    url = os.environ.get("NEWSDESK_TEST_WP_URL", "").rstrip("/")
    user, _, password = os.environ.get("NEWSDESK_TEST_WP_EDITOR", "").partition(":")
    if not url or not password:
        print("wordpress_screenshots: set NEWSDESK_TEST_WP_URL and NEWSDESK_TEST_WP_EDITOR "
              "(. /var/lib/newsdesk-ci/services.env after .ci/services.sh)", file=sys.stderr)
        return 2
    if not CHROMIUM.is_file():
        print(f"wordpress_screenshots: no Chromium at {CHROMIUM} (apt-get install chromium)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="newsdesk-wp-shots-") as tmp:
        link = publish_demo_article(Path(tmp), url, user, password, args.symbol)
    print(f"wordpress_screenshots: the article is at {link}")
    args.out.mkdir(parents=True, exist_ok=True)
    for name, path in shoot(link, args.out).items():
        print(f"wordpress_screenshots: {name}: {path}")
    return 0


def publish_demo_article(folder: Path, url: str, user: str, password: str, symbol: str) -> str:
    """The demo article for `symbol`, written, approved and published by the newsdesk CLI."""
    fixtures = REPO / "fixtures"
    config = folder / "newsdesk.toml"
    config.write_text(f"""
[store]
url = "sqlite:///{folder}/state/newsdesk.db"
[output]
dir = "{folder}/out"
[market]
csv_dir = "{fixtures / 'market' / 'bars'}"
options_dir = "{fixtures / 'market' / 'options'}"
[ingest]
fixtures_dir = "{fixtures / 'web'}"
[publish]
default = "blog"
[publish.targets.blog]
kind = "wordpress"
base_url = "{url}"
user = "{user}"
password_env = "NEWSDESK_WP_APP_PASSWORD"
status = "publish"
categories = ["Markets"]
tags = ["newsdesk"]
timeout = 60
""")
    env = {**os.environ, "NEWSDESK_WP_APP_PASSWORD": password}

    def newsdesk(*argv: str, ok: tuple[int, ...] = (0,)) -> str:
        done = subprocess.run([sys.executable, "-m", "pipeline", "--config", str(config), *argv],
                              cwd=REPO, env=env, capture_output=True, text=True, check=False)
        if done.returncode not in ok:
            raise SystemExit(f"newsdesk {' '.join(argv)} exited {done.returncode}:\n"
                             f"{done.stdout}\n{done.stderr}")
        return done.stdout

    newsdesk("init")
    newsdesk("run", "--session", SESSION, "--symbol", symbol, ok=(0, 1, 8))
    drafts = json.loads(newsdesk("drafts", "--session", SESSION, "--symbol", symbol, "--json"))
    rows = drafts["drafts"] if isinstance(drafts, dict) else drafts
    if not rows:
        raise SystemExit(f"no {symbol} draft for {SESSION}")
    draft_id = rows[0]["draft_id"]
    newsdesk("approve", draft_id, "--as", user, "--reason", "screenshot of the published article")
    outcome = json.loads(newsdesk("publish", draft_id, "--target", "blog", "--json"))[0]  # an array
    if outcome.get("state") != "published" or not outcome.get("remote_url"):
        raise SystemExit(f"publish did not give a public address: {outcome}")
    return str(outcome["remote_url"])


def shoot(link: str, out: Path) -> dict[str, Path]:
    from playwright.sync_api import sync_playwright

    saved = {}
    profile = tempfile.mkdtemp(prefix="newsdesk-chromium-")
    try:
        with sync_playwright() as pw:
            for name, (width, height) in WIDTHS.items():
                context = pw.chromium.launch_persistent_context(
                    profile, executable_path=str(CHROMIUM), headless=True, args=ARGS,
                    viewport={"width": width, "height": height}, device_scale_factor=1,
                    is_mobile=name == "phone", has_touch=name == "phone")
                try:
                    page = context.new_page()
                    page.goto(link, wait_until="networkidle")
                    path = out / f"wordpress-article-{name}.png"
                    page.screenshot(path=str(path), full_page=True)
                    saved[name] = path
                finally:
                    context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return saved


if __name__ == "__main__":
    raise SystemExit(main())
