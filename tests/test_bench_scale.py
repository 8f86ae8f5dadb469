"""The scale benchmark's corpus (bench/scale_corpus.py) and its growth exponent."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.scale_corpus import generate, pool_size, story_pool, write
from bench.scale_report import growth_exponent
from timeline.articles import read_article


def test_same_seed_same_files_other_seed_other_files() -> None:
    first = [article.markdown() for article in generate(12, seed=3)]
    assert first == [article.markdown() for article in generate(12, seed=3)]
    assert first != [article.markdown() for article in generate(12, seed=4)]
    assert len(set(first)) == len(first)


def test_added_articles_continue_the_archive_with_its_stories() -> None:
    pool = story_pool(pool_size(30), seed=5)
    archive = generate(30, seed=5, pool=pool)
    added = generate(4, seed=5, start=30, pool=pool)
    assert [article.id for article in added] == ["s000030", "s000031", "s000032", "s000033"]
    assert {article.id for article in archive}.isdisjoint(article.id for article in added)
    assert generate(34, seed=5, pool=pool)[30:] == added
    places = {story.place for story in pool}
    assert all(article.title.split(": ")[0].rsplit(" in ", 1)[1] in places for article in added)


def test_articles_read_back_with_their_language_date_and_length(tmp_path: Path) -> None:
    articles = generate(24, seed=7)
    write(articles, tmp_path)
    assert {article.language for article in articles} == {"de", "en"}
    for written in articles:
        article = read_article(tmp_path / f"{written.id}.md")
        assert article.language == written.language
        assert article.published == written.published
        assert article.warnings == ()
        assert 500 <= len(article.text.split()) <= 720, written.id
        assert written.mentions and written.mentions[0].role == "lead"
        for mention in written.mentions:  # every dated phrase is in the text
            assert mention.text.rstrip(",") in article.text


def test_language_share() -> None:
    assert {article.language for article in generate(10, seed=1, german=1.0)} == {"de"}
    assert {article.language for article in generate(10, seed=1, german=0.0)} == {"en"}


def test_stories_recur_across_articles() -> None:
    articles = generate(60, seed=2)
    leads = [(article.mentions[0].value, article.title.split(": ")[0]) for article in articles]
    assert len(set(leads)) < len(leads)  # some happening is reported twice
    assert all(article.published >= date(2016, 1, 1) for article in articles)


def test_growth_exponent_is_the_log_log_slope() -> None:
    sizes = [1000, 2000, 4000, 8000]
    assert growth_exponent(sizes, [0.01 * n for n in sizes]) == pytest.approx(1.0)
    assert growth_exponent(sizes, [0.001 * n**1.5 for n in sizes]) == pytest.approx(1.5)
    assert growth_exponent([1000], [3.0]) is None
