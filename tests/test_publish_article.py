"""What readers of a CMS see: one dek, a clean header, tags where they belong, the review in the AI
label, right-aligned numbers in scrolling tables, and the chart as the featured image (uploaded once).

Stub WordPress and Ghost servers on 127.0.0.1 speak the media endpoints' wire formats
(`POST /wp/v2/media` with Content-Disposition, `POST /ghost/api/admin/images/upload/` multipart).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import html as lxml_html
from publish_factories import ghost_runner, runner_for, stored_draft, wordpress_runner
from publish_servers import DROP_AFTER_COMMIT, GHOST, WP, GhostStub, WordPressStub

from pipeline.contracts import Draft
from pipeline.publish.payload import article_html, article_markdown, reviewed_label
from pipeline.render.cms import BodyOptions
from pipeline.render.files import chart_file
from pipeline.store import Store

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8  # what the stubs store; not decoded


def with_chart(draft: Draft, out: Path, data: bytes = PNG) -> Path:
    path = chart_file(draft.article, out)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return out


def text(fragment: str) -> str:
    return " ".join(lxml_html.fragment_fromstring(fragment, create_parent="div").text_content().split())


# the body, pure

def test_the_cms_body_has_a_clean_header_and_the_dek_and_hashtags_only_where_asked(store: Store) -> None:
    article = stored_draft(store).article
    ghost_body = article_html(article, BodyOptions(dek=False, hashtags=False))
    wp_body = article_html(article, BodyOptions(dek=True, hashtags=False))
    header = lxml_html.fragment_fromstring(wp_body).find(".//header")
    assert header is not None and header.find(".//ul") is None  # no bare bullet list of scores
    lines = [" ".join(p.text_content().split()) for p in header.findall("p")]
    assert lines[0] == "IWM · iShares Russell 2000 ETF · index ^RUT (Russell 2000)"
    assert lines[2] == ("Bias Neutral · Pulse 48/100 · Risk Medium · Threat level 3/5 · "
                        "Sentiment 42 (Moderate)")
    assert text(wp_body).count(article.dek) == 1 and article.dek not in text(ghost_body)
    assert "#iwm" not in wp_body and "#iwm" not in ghost_body
    assert "Tags: #russell-2000 #iwm" in article_markdown(article)  # static sites keep them


def test_numeric_columns_are_right_aligned_and_tables_scroll_after_the_sanitiser(store: Store) -> None:
    body = lxml_html.fragment_fromstring(article_html(stored_draft(store).article))
    tables = body.findall(".//table")
    assert len(tables) == 5
    for table in tables:
        assert table.getparent().tag == "div" and table.getparent().get("style") == "overflow: auto"
    setups = body.xpath(".//section[@id='trade-setups']//table")[0]
    heads = [th.get("style") for th in setups.iter("th")]
    assert heads == [None, None, *["text-align: right"] * 4, None]
    first_row = setups.find(".//tbody/tr")
    assert [td.get("style") for td in first_row] == heads


def test_the_ai_label_names_the_reviewer_and_the_day(store: Store) -> None:
    draft = stored_draft(store)
    history = store.status_history(draft.draft_id)
    approval = next(e for e in history if e.to_status.value == "approved")
    assert reviewed_label(draft, history) == (
        "Written by newsdesk from computed market data; reviewed by editor on "
        f"{approval.at:%B} {approval.at.day}, {approval.at.year}.")
    unreviewed = stored_draft(store, symbol="SPY", status=draft.status.__class__("needs_review"))
    assert reviewed_label(unreviewed, store.status_history(unreviewed.draft_id)) is None


# the chart as media

def test_wordpress_gets_the_chart_once_as_featured_media(store: Store, wp: WordPressStub,
                                                         tmp_path: Path) -> None:
    draft = stored_draft(store)
    out = with_chart(draft, tmp_path / "out")
    wp.fault("POST", f"{WP}/media", DROP_AFTER_COMMIT)  # the upload landed, its reply was lost
    first = wordpress_runner(store, wp, out).publish(draft)
    for _ in range(2):  # republish, in new processes (nothing remembered in memory)
        assert wordpress_runner(store, wp, out).publish(store.get_draft(draft.draft_id)).state == "published"

    assert first.state == "published" and len(wp.posts) == 1
    (media,) = wp.media.values()
    (post,) = wp.posts.values()
    assert post["featured_media"] == media["id"] and media["bytes"] == PNG
    assert media["mime_type"] == "image/png" and media["alt_text"].startswith("IWM daily chart")
    uploads = wp.calls("POST", f"{WP}/media")
    assert re.fullmatch(r'attachment; filename="iwm-2026-11-20-chart-[0-9a-f]{12}\.png"',
                        uploads[0].headers["content-disposition"])
    assert len([u for u in uploads if u.path == f"{WP}/media"]) == 1
    assert "reviewed by editor on" in post["content"]["raw"]


def test_a_new_chart_is_uploaded_and_replaces_the_featured_image(store: Store, wp: WordPressStub,
                                                                  tmp_path: Path) -> None:
    draft = stored_draft(store)
    out = with_chart(draft, tmp_path / "out")
    wordpress_runner(store, wp, out).publish(draft)
    with_chart(draft, out, PNG + b"redrawn")
    wordpress_runner(store, wp, out).publish(store.get_draft(draft.draft_id))
    (post,) = wp.posts.values()
    assert len(wp.media) == 2 and wp.media[post["featured_media"]]["bytes"] == PNG + b"redrawn"


def test_ghost_gets_the_chart_once_as_feature_image(store: Store, ghost: GhostStub,
                                                    tmp_path: Path) -> None:
    draft = stored_draft(store)
    out = with_chart(draft, tmp_path / "out")
    for _ in range(3):
        assert ghost_runner(store, ghost, out).publish(store.get_draft(draft.draft_id)).state == "published"

    (url,) = ghost.images
    (post,) = ghost.posts.values()
    assert ghost.images[url] == PNG and post["feature_image"] == url
    assert post["feature_image_alt"].startswith("IWM daily chart")
    upload = ghost.calls("POST", f"{GHOST}/images/upload/")[0]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b'name="purpose"' in upload.body and b"image" in upload.body


def test_static_posts_get_the_chart_beside_them(store: Store, tmp_path: Path) -> None:
    draft = stored_draft(store)
    out = with_chart(draft, tmp_path / "out")
    site = tmp_path / "site"
    runner = runner_for(store, "site", {"kind": "static", "dir": str(site)}, {}, chart_dir=out)[0]
    assert runner.publish(draft).state == "published"
    post = (site / "iwm-2026-11-20.md").read_text()
    assert (site / "iwm-2026-11-20.png").read_bytes() == PNG
    assert 'image: "iwm-2026-11-20.png"' in post
    assert post.index("## Chart\n\n![IWM daily chart") < post.index("## Sources")
    assert "Tags: #russell-2000" in post and "reviewed by editor on" in post
